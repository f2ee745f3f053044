/**
 * 已安排的提醒里，哪些真的能发出：微信的一次性订阅额度是按模板算的，一次“允许”只换一条消息。
 * 照服务器发送时分配额度的顺序（server/src/dispatcher/claim.ts）：正在发送的先占，
 * 然后是已安排的，按重要程度（开庭、答辩在前）、事件时间、发送时间排；等待授权（needs_consent）的
 * 要用户再允许后才会重新排上，所以总是“还需再允许”。
 */
import type { ReminderKind } from '@/domain/reminders/reminderSchemas'
import { reminderPriority } from './reminderPlan'
import type { CreditLine, ServerReminder } from './reminders'

/** 还会发送的状态：只有这些需要额度。 */
const PENDING: ReadonlySet<string> = new Set(['scheduled', 'sending', 'needs_consent'])

export interface Coverage {
  /** 额度够、到时会发出的提醒 */
  covered: ReadonlySet<string>
  /** 还要用户再允许才能发出的提醒 */
  uncovered: ReadonlySet<string>
  /** 这类提醒在微信设置里被关掉了：再点“允许”不会弹窗，要先去设置里打开 */
  turnedOff: ReadonlySet<string>
}

const priorityOf = (kind: string): number => reminderPriority[kind as ReminderKind] ?? 99

/**
 * 每条待发提醒是否有额度。nowMs 之前已经发生的事件不算（服务器会把它们关掉，不花额度）。
 * @example coverReminders(reminders, [{ templateId: 't', kinds: ['answer'], credits: 1, pending: 2 }], now)
 */
export function coverReminders(reminders: readonly ServerReminder[], credits: readonly CreditLine[], nowMs: number): Coverage {
  const covered = new Set<string>()
  const uncovered = new Set<string>()
  const turnedOff = new Set<string>()
  const creditsOfKind = new Map<string, CreditLine>()
  for (const line of credits) for (const kind of line.kinds) creditsOfKind.set(kind, line)
  const left = new Map(credits.map((line) => [line.templateId, line.credits]))
  const queue = reminders
    .filter((r) => PENDING.has(r.state) && r.eventAt > nowMs)
    .sort((a, b) => Number(b.state === 'sending') - Number(a.state === 'sending')
      || priorityOf(a.kind) - priorityOf(b.kind) || a.eventAt - b.eventAt || a.fireAt - b.fireAt || (a.key < b.key ? -1 : 1))
  for (const r of queue) {
    const line = creditsOfKind.get(r.kind)
    const remaining = line ? left.get(line.templateId) ?? 0 : 0
    if (line?.turnedOff) {
      turnedOff.add(r.key)
    } else if (r.state !== 'needs_consent' && line && remaining > 0) {
      covered.add(r.key)
      left.set(line.templateId, remaining - 1)
    } else {
      uncovered.add(r.key)
    }
  }
  return { covered, uncovered, turnedOff }
}
