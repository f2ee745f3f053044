import { weekday } from '@/domain/calendar/plainDate'

const WEEKDAYS = ['', '周一', '周二', '周三', '周四', '周五', '周六', '周日']

/** '2026-10-08' → '10月8日'（时间线里一行话用）。 */
export function monthDay(date: string): string {
  return `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`
}

/** '2026-10-08' → '2026年10月8日（周四）'。 */
export function fullDate(date: string): string {
  return `${date.slice(0, 4)}年${monthDay(date)}（${WEEKDAYS[weekday(date)]}）`
}

/** 距离期限的天数 → 今天 / 明天 / 还剩 N 天 / 已过期 N 天。 */
export function daysLeftText(days: number): string {
  if (days === 0) return '今天'
  if (days === 1) return '明天'
  return days > 1 ? `还剩 ${days} 天` : `已过期 ${-days} 天`
}
