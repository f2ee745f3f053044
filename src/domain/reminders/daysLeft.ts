/**
 * 「还剩 N 天」按发送那一刻的北京日期计算（提醒服务在发送时调用），而不是按安排提醒的那天。
 * A reminder sent late (the service was down, or it waited for consent) must not say 3 days are
 * left when only one is. Pure: the caller passes the instant of sending.
 */
import { beijingToday, isValidPlainDate, toDayNumber } from '../calendar/plainDate'

/**
 * Whole Beijing days from the sending instant to the date a reminder names ('YYYY-MM-DD' or
 * 'YYYY-MM-DDTHH:mm'); 0 on that day and after it (a late message says 今天, never a negative count);
 * undefined when `eventAt` is not a real date.
 * @example daysLeftAt('2026-03-17', Date.UTC(2026, 2, 14, 1)) // 3 (sent 2026-03-14 09:00 Beijing)
 * @example daysLeftAt('2026-03-05T09:30', Date.UTC(2026, 2, 4, 17)) // 0 (01:00 on the 5th in Beijing)
 */
export function daysLeftAt(eventAt: string, nowMs: number): number | undefined {
  const date = eventAt.slice(0, 10)
  if (!isValidPlainDate(date)) return undefined
  return Math.max(0, toDayNumber(date) - toDayNumber(beijingToday(nowMs)))
}
