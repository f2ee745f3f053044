import type { HolidayYear } from '../holidayYear'

/**
 * 国务院办公厅关于2026年部分节假日安排的通知 (2025-11-04; full text as published by Xinhua (gov.cn address not recorded here)).
 * [S]: read in a reposted copy, not on gov.cn (fact sheet §16); matches chinese-days 1.5.7.
 * isOffDay true = 放假 (rest day), false = 调休上班 (make-up workday). Weekend days inside a
 * block are listed too, as the notice counts them. Cross-checked against chinese-days in
 * tests/domain/holidayData.test.ts.
 */
export const holidays2026: HolidayYear = {
  year: 2026,
  papers: ['https://politics.gmw.cn/2025-11/04/content_38391083.htm'],
  days: [
    { date: '2026-01-01', name: '元旦', isOffDay: true },
    { date: '2026-01-02', name: '元旦', isOffDay: true },
    { date: '2026-01-03', name: '元旦', isOffDay: true },
    { date: '2026-01-04', name: '元旦', isOffDay: false },
    { date: '2026-02-14', name: '春节', isOffDay: false },
    { date: '2026-02-15', name: '春节', isOffDay: true },
    { date: '2026-02-16', name: '春节', isOffDay: true },
    { date: '2026-02-17', name: '春节', isOffDay: true },
    { date: '2026-02-18', name: '春节', isOffDay: true },
    { date: '2026-02-19', name: '春节', isOffDay: true },
    { date: '2026-02-20', name: '春节', isOffDay: true },
    { date: '2026-02-21', name: '春节', isOffDay: true },
    { date: '2026-02-22', name: '春节', isOffDay: true },
    { date: '2026-02-23', name: '春节', isOffDay: true },
    { date: '2026-02-28', name: '春节', isOffDay: false },
    { date: '2026-04-04', name: '清明节', isOffDay: true },
    { date: '2026-04-05', name: '清明节', isOffDay: true },
    { date: '2026-04-06', name: '清明节', isOffDay: true },
    { date: '2026-05-01', name: '劳动节', isOffDay: true },
    { date: '2026-05-02', name: '劳动节', isOffDay: true },
    { date: '2026-05-03', name: '劳动节', isOffDay: true },
    { date: '2026-05-04', name: '劳动节', isOffDay: true },
    { date: '2026-05-05', name: '劳动节', isOffDay: true },
    { date: '2026-05-09', name: '劳动节', isOffDay: false },
    { date: '2026-06-19', name: '端午节', isOffDay: true },
    { date: '2026-06-20', name: '端午节', isOffDay: true },
    { date: '2026-06-21', name: '端午节', isOffDay: true },
    { date: '2026-09-20', name: '国庆节', isOffDay: false },
    { date: '2026-09-25', name: '中秋节', isOffDay: true },
    { date: '2026-09-26', name: '中秋节', isOffDay: true },
    { date: '2026-09-27', name: '中秋节', isOffDay: true },
    { date: '2026-10-01', name: '国庆节', isOffDay: true },
    { date: '2026-10-02', name: '国庆节', isOffDay: true },
    { date: '2026-10-03', name: '国庆节', isOffDay: true },
    { date: '2026-10-04', name: '国庆节', isOffDay: true },
    { date: '2026-10-05', name: '国庆节', isOffDay: true },
    { date: '2026-10-06', name: '国庆节', isOffDay: true },
    { date: '2026-10-07', name: '国庆节', isOffDay: true },
    { date: '2026-10-10', name: '国庆节', isOffDay: false },
  ],
}
