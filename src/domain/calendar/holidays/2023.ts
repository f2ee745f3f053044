import type { HolidayYear } from '../holidayYear'

/**
 * 国务院办公厅关于2023年部分节假日安排的通知 (国办发明电〔2022〕16号, 2022-12-08).
 * isOffDay true = 放假 (rest day), false = 调休上班 (make-up workday). Weekend days inside a
 * block are listed too, as the notice counts them. Cross-checked against chinese-days in
 * tests/domain/holidayData.test.ts.
 */
export const holidays2023: HolidayYear = {
  year: 2023,
  papers: ['https://www.gov.cn/zhengce/content/2022-12/08/content_5730844.htm'],
  days: [
    // 「元旦：2022年12月31日至2023年1月2日放假调休，共3天。」 The block begins in the previous year.
    { date: '2022-12-31', name: '元旦', isOffDay: true },
    { date: '2023-01-01', name: '元旦', isOffDay: true },
    { date: '2023-01-02', name: '元旦', isOffDay: true },
    { date: '2023-01-21', name: '春节', isOffDay: true },
    { date: '2023-01-22', name: '春节', isOffDay: true },
    { date: '2023-01-23', name: '春节', isOffDay: true },
    { date: '2023-01-24', name: '春节', isOffDay: true },
    { date: '2023-01-25', name: '春节', isOffDay: true },
    { date: '2023-01-26', name: '春节', isOffDay: true },
    { date: '2023-01-27', name: '春节', isOffDay: true },
    { date: '2023-01-28', name: '春节', isOffDay: false },
    { date: '2023-01-29', name: '春节', isOffDay: false },
    { date: '2023-04-05', name: '清明节', isOffDay: true },
    { date: '2023-04-23', name: '劳动节', isOffDay: false },
    { date: '2023-04-29', name: '劳动节', isOffDay: true },
    { date: '2023-04-30', name: '劳动节', isOffDay: true },
    { date: '2023-05-01', name: '劳动节', isOffDay: true },
    { date: '2023-05-02', name: '劳动节', isOffDay: true },
    { date: '2023-05-03', name: '劳动节', isOffDay: true },
    { date: '2023-05-06', name: '劳动节', isOffDay: false },
    { date: '2023-06-22', name: '端午节', isOffDay: true },
    { date: '2023-06-23', name: '端午节', isOffDay: true },
    { date: '2023-06-24', name: '端午节', isOffDay: true },
    { date: '2023-06-25', name: '端午节', isOffDay: false },
    { date: '2023-09-29', name: '中秋节、国庆节', isOffDay: true },
    { date: '2023-09-30', name: '中秋节、国庆节', isOffDay: true },
    { date: '2023-10-01', name: '中秋节、国庆节', isOffDay: true },
    { date: '2023-10-02', name: '中秋节、国庆节', isOffDay: true },
    { date: '2023-10-03', name: '中秋节、国庆节', isOffDay: true },
    { date: '2023-10-04', name: '中秋节、国庆节', isOffDay: true },
    { date: '2023-10-05', name: '中秋节、国庆节', isOffDay: true },
    { date: '2023-10-06', name: '中秋节、国庆节', isOffDay: true },
    { date: '2023-10-07', name: '中秋节、国庆节', isOffDay: false },
    { date: '2023-10-08', name: '中秋节、国庆节', isOffDay: false },
  ],
}
