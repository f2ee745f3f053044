/**
 * 相对的说法（「还剩 N 天」「明天开庭」）在发送的那一刻按北京时间重新计算。PURE.
 * The app plans the title when the reminder is created; a message that goes out later (the service
 * was down, a retry backed off, it waited for consent) must not say 3 days are left when 1 is.
 * For every kind but `custom` the title is the shared catalogue's (src/i18n/reminders.ts, the same
 * function the app plans with); a custom title is the user's own words and stays.
 */
import { daysLeftAt } from '../../../src/domain/reminders/daysLeft.ts'
import { reminderKinds, type ReminderKind, type ReminderValues } from '../../../src/domain/reminders/reminderSchemas.ts'
import { zhCNReminders } from '../../../src/i18n/reminders.ts'

const KINDS: ReadonlySet<string> = new Set(reminderKinds)

/**
 * @example valuesAtSendTime('answer', { title: '提交答辩状还剩3天', eventAt: '2026-03-17', daysLeft: 3 }, Date.UTC(2026, 2, 16, 1))
 * // → { title: '提交答辩状还剩1天', eventAt: '2026-03-17', daysLeft: 1 }
 */
export function valuesAtSendTime(kind: string, values: ReminderValues, nowMs: number): ReminderValues {
  const daysLeft = daysLeftAt(values.eventAt, nowMs)
  if (daysLeft === undefined) return values // not a real date: formatTemplateData refuses it with a reason
  const title = kind !== 'custom' && KINDS.has(kind) ? zhCNReminders.messageTitle(kind as ReminderKind, daysLeft) : values.title
  return { ...values, title, daysLeft }
}
