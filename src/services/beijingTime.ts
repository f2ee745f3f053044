/**
 * 北京时间的墙上时刻 ↔ 毫秒（纯函数）。Beijing is UTC+8 with no daylight saving since 1991,
 * so the conversion is arithmetic on the day number and never reads the device's time zone.
 */
import { addDays, civilFromDayNumber, toDayNumber } from '@/domain/calendar/plainDate'
import { zhCNReminders, type ReminderMessages } from '@/i18n/reminders'

export const MINUTE = 60_000
export const HOUR = 60 * MINUTE
export const DAY = 24 * HOUR
const BEIJING_OFFSET_MS = 8 * HOUR

/** 北京时间某日 HH:mm 的时刻。 @example beijingInstant('2026-03-02', 9, 0) // Date.UTC(2026, 2, 2, 1, 0) */
export function beijingInstant(date: string, hour: number, minute: number): number {
  return toDayNumber(date) * DAY + hour * HOUR + minute * MINUTE - BEIJING_OFFSET_MS
}

/** 'YYYY-MM-DDTHH:mm'（北京时间）→ 毫秒。 @example beijingDateTime('2026-03-05T09:30') // Date.UTC(2026, 2, 5, 1, 30) */
export function beijingDateTime(at: string): number {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/.exec(at)
  if (!m) throw new TypeError(`not a Beijing date-time 'YYYY-MM-DDTHH:mm': ${at}`)
  return beijingInstant(m[1], Number(m[2]), Number(m[3]))
}

/**
 * 期限届满日的最后一刻：北京时间 23:59:59.999。民法典第二百零三条：「期间的最后一日的截止时间为二十四时；
 * 有业务时间的，停止业务活动的时间为截止时间」[V] — a court's office hours end earlier, which is why
 * the reminders aim at the morning of actBy (a working day), and this instant only closes reminders that are pointless.
 */
export function endOfBeijingDay(date: string): number {
  return beijingInstant(addDays(date, 1), 0, 0) - 1
}

/** 毫秒 → 北京时间 'M月D日 HH:mm'，用于列表显示。 @example formatBeijing(Date.UTC(2026, 2, 5, 1, 30)) // '3月5日 09:30' */
export function formatBeijing(ms: number, messages: ReminderMessages = zhCNReminders): string {
  const shifted = ms + BEIJING_OFFSET_MS
  const dayNumber = Math.floor(shifted / DAY)
  const minutes = Math.floor((shifted - dayNumber * DAY) / MINUTE)
  const { month, day } = civilFromDayNumber(dayNumber)
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0')
  const mm = String(minutes % 60).padStart(2, '0')
  return messages.monthDayTime(month, day, `${hh}:${mm}`)
}
