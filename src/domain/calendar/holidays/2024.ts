import type { HolidayYear } from '../holidayYear'

/**
 * 国务院办公厅关于2024年部分节假日安排的通知 (国办发明电〔2023〕7号, 2023-10-25).
 * isOffDay true = 放假 (rest day), false = 调休上班 (make-up workday). Weekend days inside a
 * block are listed too, as the notice counts them. Cross-checked against chinese-days in
 * tests/domain/holidayData.test.ts.
 */
export const holidays2024: HolidayYear = {
  year: 2024,
  papers: ['https://www.gov.cn/zhengce/content/202310/content_6911527.htm'],
  days: [
    { date: '2024-01-01', name: '元旦', isOffDay: true },
    { date: '2024-02-04', name: '春节', isOffDay: false },
    { date: '2024-02-10', name: '春节', isOffDay: true },
    { date: '2024-02-11', name: '春节', isOffDay: true },
    { date: '2024-02-12', name: '春节', isOffDay: true },
    { date: '2024-02-13', name: '春节', isOffDay: true },
    { date: '2024-02-14', name: '春节', isOffDay: true },
    { date: '2024-02-15', name: '春节', isOffDay: true },
    { date: '2024-02-16', name: '春节', isOffDay: true },
    { date: '2024-02-17', name: '春节', isOffDay: true },
    { date: '2024-02-18', name: '春节', isOffDay: false },
    { date: '2024-04-04', name: '清明节', isOffDay: true },
    { date: '2024-04-05', name: '清明节', isOffDay: true },
    { date: '2024-04-06', name: '清明节', isOffDay: true },
    { date: '2024-04-07', name: '清明节', isOffDay: false },
    { date: '2024-04-28', name: '劳动节', isOffDay: false },
    { date: '2024-05-01', name: '劳动节', isOffDay: true },
    { date: '2024-05-02', name: '劳动节', isOffDay: true },
    { date: '2024-05-03', name: '劳动节', isOffDay: true },
    { date: '2024-05-04', name: '劳动节', isOffDay: true },
    { date: '2024-05-05', name: '劳动节', isOffDay: true },
    { date: '2024-05-11', name: '劳动节', isOffDay: false },
    { date: '2024-06-08', name: '端午节', isOffDay: true },
    { date: '2024-06-09', name: '端午节', isOffDay: true },
    { date: '2024-06-10', name: '端午节', isOffDay: true },
    { date: '2024-09-14', name: '中秋节', isOffDay: false },
    { date: '2024-09-15', name: '中秋节', isOffDay: true },
    { date: '2024-09-16', name: '中秋节', isOffDay: true },
    { date: '2024-09-17', name: '中秋节', isOffDay: true },
    { date: '2024-09-29', name: '国庆节', isOffDay: false },
    { date: '2024-10-01', name: '国庆节', isOffDay: true },
    { date: '2024-10-02', name: '国庆节', isOffDay: true },
    { date: '2024-10-03', name: '国庆节', isOffDay: true },
    { date: '2024-10-04', name: '国庆节', isOffDay: true },
    { date: '2024-10-05', name: '国庆节', isOffDay: true },
    { date: '2024-10-06', name: '国庆节', isOffDay: true },
    { date: '2024-10-07', name: '国庆节', isOffDay: true },
    { date: '2024-10-12', name: '国庆节', isOffDay: false },
  ],
}
