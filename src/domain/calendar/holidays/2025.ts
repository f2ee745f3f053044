import type { HolidayYear } from '../holidayYear'

/**
 * 国务院办公厅关于2025年部分节假日安排的通知 (国办发明电〔2024〕12号, 2024-11-12).
 * isOffDay true = 放假 (rest day), false = 调休上班 (make-up workday). Weekend days inside a
 * block are listed too, as the notice counts them. Cross-checked against chinese-days in
 * tests/domain/holidayData.test.ts.
 */
export const holidays2025: HolidayYear = {
  year: 2025,
  papers: ['https://www.gov.cn/zhengce/content/202411/content_6986382.htm'],
  days: [
    { date: '2025-01-01', name: '元旦', isOffDay: true },
    { date: '2025-01-26', name: '春节', isOffDay: false },
    { date: '2025-01-28', name: '春节', isOffDay: true },
    { date: '2025-01-29', name: '春节', isOffDay: true },
    { date: '2025-01-30', name: '春节', isOffDay: true },
    { date: '2025-01-31', name: '春节', isOffDay: true },
    { date: '2025-02-01', name: '春节', isOffDay: true },
    { date: '2025-02-02', name: '春节', isOffDay: true },
    { date: '2025-02-03', name: '春节', isOffDay: true },
    { date: '2025-02-04', name: '春节', isOffDay: true },
    { date: '2025-02-08', name: '春节', isOffDay: false },
    { date: '2025-04-04', name: '清明节', isOffDay: true },
    { date: '2025-04-05', name: '清明节', isOffDay: true },
    { date: '2025-04-06', name: '清明节', isOffDay: true },
    { date: '2025-04-27', name: '劳动节', isOffDay: false },
    { date: '2025-05-01', name: '劳动节', isOffDay: true },
    { date: '2025-05-02', name: '劳动节', isOffDay: true },
    { date: '2025-05-03', name: '劳动节', isOffDay: true },
    { date: '2025-05-04', name: '劳动节', isOffDay: true },
    { date: '2025-05-05', name: '劳动节', isOffDay: true },
    { date: '2025-05-31', name: '端午节', isOffDay: true },
    { date: '2025-06-01', name: '端午节', isOffDay: true },
    { date: '2025-06-02', name: '端午节', isOffDay: true },
    { date: '2025-09-28', name: '国庆节、中秋节', isOffDay: false },
    { date: '2025-10-01', name: '国庆节、中秋节', isOffDay: true },
    { date: '2025-10-02', name: '国庆节、中秋节', isOffDay: true },
    { date: '2025-10-03', name: '国庆节、中秋节', isOffDay: true },
    { date: '2025-10-04', name: '国庆节、中秋节', isOffDay: true },
    { date: '2025-10-05', name: '国庆节、中秋节', isOffDay: true },
    { date: '2025-10-06', name: '国庆节、中秋节', isOffDay: true },
    { date: '2025-10-07', name: '国庆节、中秋节', isOffDay: true },
    { date: '2025-10-08', name: '国庆节、中秋节', isOffDay: true },
    { date: '2025-10-11', name: '国庆节、中秋节', isOffDay: false },
  ],
}
