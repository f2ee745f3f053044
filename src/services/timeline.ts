/**
 * 案件 → 期限时间线。“不确定程序”时按最稳妥的假设计算，并把假设告诉页面。
 */
import { computeDeadlines, parseCaseFacts, type CaseFacts, type CaseFactsIssue, type Deadline, type Procedure } from '@/domain/deadlines'
import type { HolidayCalendar } from '@/domain/calendar/holidayCalendar'
import type { CaseRecord } from '@/storage/caseRecord'
import { mainDeadline } from '@/domain/lifecycle/mainTask'

/**
 * 用户选“不确定”时我们做的假设（页面逐条说明）：
 * - unsure_payment_order / unsure_mediation：手里是支付令 / 诉前调解通知，就按它算；
 * - unsure_ordinary：按普通程序算，保留上诉期（小额诉讼没有上诉期，少算一个期限比多算危险）；
 * - unsure_evidence_7_days：没有举证通知书的日期时，按小额诉讼一般不超过 7 日（民诉法解释第二百七十五条）
 *   提前提醒，这是可能的最短举证期。
 */
export type Assumption = 'unsure_payment_order' | 'unsure_mediation' | 'unsure_ordinary' | 'unsure_evidence_7_days'

const SHORTEST_EVIDENCE_DAYS = 7

/**
 * 按旧规则保存、按现在的规则读不通的事实（例如普通程序的答辩期 20 天，现在按第一百二十八条拒绝）。
 * 不让页面崩溃：去掉这些项再算，并把它们交给页面说明（“请点修改核对”）。
 */
export type StaleFact = CaseFactsIssue & { value: unknown }
export type EngineInput = { facts: CaseFacts; assumptions: Assumption[]; stale: StaleFact[] }

/** 把存储的案件变成引擎的输入。读不通的项去掉并记在 stale 里；去掉后仍读不通属于程序错误。 */
export function engineInput(record: CaseRecord): EngineInput {
  const assumptions: Assumption[] = []
  let procedure: Procedure
  if (record.procedure !== 'unsure') procedure = record.procedure
  else if (record.documents.includes('payment_order')) { procedure = 'payment_order'; assumptions.push('unsure_payment_order') }
  else if (record.documents.includes('mediation_notice') && !record.facts.servedOn) { procedure = 'pre_litigation_mediation'; assumptions.push('unsure_mediation') }
  else { procedure = 'ordinary'; assumptions.push('unsure_ordinary') }
  const raw: Record<string, unknown> = { ...record.facts, procedure }
  const hasEvidence = record.facts.evidenceDeadline !== undefined || record.facts.evidenceDays !== undefined
  if (record.procedure === 'unsure' && procedure === 'ordinary' && !hasEvidence && (record.facts.servedOn || record.facts.publicNoticeOn)) {
    raw.evidenceDays = SHORTEST_EVIDENCE_DAYS
    assumptions.push('unsure_evidence_7_days')
  }
  let parsed = parseCaseFacts(raw)
  const stale: StaleFact[] = []
  if (!parsed.ok) {
    for (const issue of parsed.issues) { stale.push({ ...issue, value: raw[issue.field] }); delete raw[issue.field] }
    parsed = parseCaseFacts(raw)
  }
  if (!parsed.ok) throw new TypeError(`stored case ${record.id} has invalid facts: ${JSON.stringify(parsed.issues)}`)
  return { facts: parsed.value, assumptions, stale }
}

export type Timeline = { deadlines: Deadline[]; assumptions: Assumption[]; facts: CaseFacts; stale: StaleFact[] }

/** 全部期限，按日期排序，每条带 daysLeft（相对北京时间的今天）。 */
export function buildTimeline(record: CaseRecord, today: string, calendar?: HolidayCalendar): Timeline {
  const { facts, assumptions, stale } = engineInput(record)
  return { deadlines: computeDeadlines(facts, { today, calendar }), assumptions, facts, stale }
}

/**
 * 首页用：最近一个还没过的期限，但同一天到期时是答辩、不是可选的管辖权异议（domain/lifecycle/mainTask.ts）；
 * 都过了就给最后一个（显示“已过期”）；没有期限为 null。
 */
export function nextDeadline(deadlines: Deadline[]): Deadline | null {
  return mainDeadline(deadlines.filter((d) => (d.daysLeft ?? 0) >= 0)) ?? deadlines[deadlines.length - 1] ?? null
}
