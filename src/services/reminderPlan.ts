/**
 * 提醒计划（纯函数）：期限引擎的结果 → 要在服务器上安排的提醒。
 * No Taro, no clock, no device time zone: Beijing is UTC+8 without daylight saving, so a
 * Beijing wall-clock time is turned into epoch ms by arithmetic on the day number
 * (beijingTime.ts). The phone-calendar / .ics side is in reminderCalendar.ts.
 */
import type { Deadline } from '@/domain/deadlines'
import { addDays, toDayNumber } from '@/domain/calendar/plainDate'
import type { ReminderKind, ReminderValues } from '@/domain/reminders/reminderSchemas'
import { withoutUnstorable } from '@/domain/reminders/storableText'
import { zhCNReminders, type ReminderMessages } from '@/i18n/reminders'
import { routes } from '@/routes'
import { HOUR, beijingDateTime, beijingInstant, endOfBeijingDay } from './beijingTime'

/**
 * 额度稀缺时谁先用：与服务器调度的顺序一致（server/src/dispatcher/schedule.ts）。
 * 开庭（第一百四十七条，缺席判决）> 答辩（第一百二十八条）> 支付令异议（第二百二十七条）
 * > 上诉（第一百七十一条）> 举证 > 其余。The order is a product judgment, not a legal rule.
 */
export const reminderPriority: Record<ReminderKind, number> = {
  hearing: 0, answer: 1, payment_order_objection: 2, appeal_judgment: 3, appeal_ruling: 3,
  evidence: 4, jurisdiction_objection: 5, retrial: 5, mediation_end: 6, custom: 7,
  // 小额诉讼程序异议 must precede the hearing (解释第二百七十九条); 对上诉的答辩 is optional
  // (第一百七十四条); 履行 decides 迟延履行利息 and 执行 (第二百六十四条).
  small_claims_objection: 4, appeal_answer: 4, performance: 3,
}

export interface CaseLabels {
  /** 如案号“(2026)浙0192民初1234号”；不要放当事人姓名 */
  caseLabel?: string
  court?: string
}

export interface PlannedReminder {
  /** `<caseId>:<kind>:<offset>`，同一期限改日期后键不变，服务器据此替换 */
  key: string
  kind: ReminderKind
  fireAt: number
  eventAt: number
  values: ReminderValues
  /** 点开这条提醒时打开的页面：这个案件的详情页 */
  page: string
}

/**
 * 提醒消息的跳转页：案件详情页带上案件 id（微信要的写法：app.json 里的路径，不以 / 开头）。
 * The case id is the phone's own random local id (time + random digits), not personal data.
 * @example reminderPage('c1') // 'case/pages/detail/index?id=c1'
 */
export function reminderPage(caseId: string): string {
  return `${routes.detail.replace(/^\//, '')}?id=${caseId}`
}

/** 案件 id 会进提醒键（服务器只收 A-Z a-z 0-9 . _ : -，≤ 80 字符）。 */
const CASE_ID = /^[A-Za-z0-9._-]{1,40}$/

export function isPlannableCaseId(caseId: string): boolean {
  return CASE_ID.test(caseId)
}

/** 每个期限的提醒时刻：截止前 3 天 09:00 与建议最晚日当天 09:00；开庭前一天 09:00 与开庭前 2 小时。 */
function firesFor(d: Deadline): { offset: string; fireAt: number; eventAt: number; fireDate: string }[] {
  if (d.kind === 'hearing' && d.at) {
    const start = beijingDateTime(d.at)
    const dayBefore = addDays(d.due, -1)
    return [
      { offset: 'H-1d', fireAt: beijingInstant(dayBefore, 9, 0), eventAt: start, fireDate: dayBefore },
      { offset: 'H-2h', fireAt: start - 2 * HOUR, eventAt: start, fireDate: d.due },
    ]
  }
  // actBy (a working day, on or before the raw last day) is the day we ask people to act by.
  const eventAt = endOfBeijingDay(d.due)
  const early = addDays(d.actBy, -3)
  return [
    { offset: 'D-3', fireAt: beijingInstant(early, 9, 0), eventAt, fireDate: early },
    { offset: 'D0', fireAt: beijingInstant(d.actBy, 9, 0), eventAt, fireDate: d.actBy },
  ]
}

/** Trimmed, without what the server cannot store (a pasted half-emoji, NUL), at most `max` characters. */
const clip = (s: string | undefined, max: number): string | undefined => {
  const t = s === undefined ? undefined : withoutUnstorable(s).trim()
  return t ? Array.from(t).slice(0, max).join('') : undefined
}

/**
 * 一个案件要安排的提醒，按法律上的重要程度排序（额度先给开庭、答辩…），同级按发送时间。
 * 已经过去的发送时刻不安排；同一键只保留最早的期限。只放提醒需要的信息：事项、日期、案号、法院。
 * @example
 * planCaseReminders('c1', [{ kind: 'answer', due: '2026-03-17', actBy: '2026-03-17', … }], {}, Date.UTC(2026, 2, 2))
 * // → [{ key: 'c1:answer:D-3', fireAt: Date.UTC(2026, 2, 14, 1), … }, { key: 'c1:answer:D0', … }]
 */
export function planCaseReminders(
  caseId: string,
  deadlines: readonly Deadline[],
  labels: CaseLabels,
  nowMs: number,
  messages: ReminderMessages = zhCNReminders,
): PlannedReminder[] {
  if (!isPlannableCaseId(caseId)) throw new TypeError(`case id cannot be part of a reminder key: ${caseId}`)
  const caseLabel = clip(labels.caseLabel, 40)
  const court = clip(labels.court, 40)
  const page = reminderPage(caseId)
  const byKey = new Map<string, PlannedReminder>()
  for (const d of deadlines) {
    for (const f of firesFor(d)) {
      const key = `${caseId}:${d.kind}:${f.offset}`
      if (f.fireAt <= nowMs || f.fireAt > f.eventAt) continue
      const existing = byKey.get(key)
      if (existing && existing.eventAt <= f.eventAt) continue
      // The message names actBy (the working day we ask people to act by, ≤ due), so a holiday
      // roll-over never makes the reminder sound later than the document the user holds.
      const actBy = d.kind === 'hearing' ? d.due : d.actBy
      const daysLeft = toDayNumber(actBy) - toDayNumber(f.fireDate)
      byKey.set(key, {
        key,
        kind: d.kind,
        fireAt: f.fireAt,
        eventAt: f.eventAt,
        values: {
          title: messages.messageTitle(d.kind, daysLeft),
          ...(caseLabel ? { caseLabel } : {}),
          ...(court ? { court } : {}),
          eventAt: d.kind === 'hearing' && d.at ? d.at : actBy,
          note: messages.messageNote,
          daysLeft,
        },
        page,
      })
    }
  }
  return [...byKey.values()].sort(byImportance)
}

function byImportance(a: PlannedReminder, b: PlannedReminder): number {
  return reminderPriority[a.kind] - reminderPriority[b.kind] || a.fireAt - b.fireAt || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
}

/** 这些提醒涉及的种类，按重要程度（请求授权时只问这些）。 */
export function kindsOf(plan: readonly PlannedReminder[]): ReminderKind[] {
  return [...new Set(plan.map((p) => p.kind))].sort((a, b) => reminderPriority[a] - reminderPriority[b])
}

/** 提醒键属于哪个案件（同步时删掉该案件不再计划的提醒）。 */
export function caseIdOfKey(key: string): string {
  return key.split(':')[0] ?? ''
}
