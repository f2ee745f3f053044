/**
 * 答辩之后的文书什么时候出现在文书列表里、什么时候不能再交（catalogue.ts 调用这里）：
 * - 判决之前：书证提出命令、调查取证（举证期限届满前：解释第一百一十二条、证据规定第二十条）；在线庭审意见、
 *   延期开庭、质证意见（开庭前）。有了判决就不再列出。
 * - 上诉状：只在引擎给出一审判决的上诉期时（小额诉讼一审终审，民事诉讼法第一百六十五条；二审判决是终审判决，
 *   第一百八十二条：引擎不给上诉期），过了上诉期不能再交（民诉法解释第三百一十八条：期内未递交上诉状的，视为未上诉）。
 * - 执行阶段：判决生效（引擎给出再审期限，说明判决会生效）、上诉期已过、判决写明的履行期也已过之后——申请执行
 *   只能在履行期届满之后（民事诉讼法第二百四十七条、第二百五十条）。不知道履行期的，从生效的次日起列出，但排在后面。
 *   申请执行时效异议只在两年可能已经届满之后才列出（第二百五十条：从履行期最后一日起算；不知道履行期的，按生效日算）。
 */
import type { Deadline, Procedure } from '../../deadlines'
import { appealFee, type AppealFee } from '../../claims/appealFee'
import { formatDayNumber, toDayNumber } from '../../calendar/plainDate'
import { enforcementPeriodEndsOn } from './enforcementPeriod'
import type { AfterAnswerKind } from './kinds'

export type AfterAnswerCase = { procedure: Procedure | 'unsure'; deadlines: readonly Deadline[]; claimFen?: number }
type Status = 'open' | 'late' | 'closed'

const BEFORE_JUDGMENT: ReadonlySet<AfterAnswerKind> = new Set(['document_production', 'evidence_collection', 'online_hearing', 'hearing_postponement', 'evidence_opinion'])
const ENFORCEMENT: ReadonlySet<AfterAnswerKind> = new Set(['late_enforcement_objection', 'enforcement_objection', 'lift_consumption_restriction'])
const JUDGMENT_KINDS = new Set(['appeal_judgment', 'retrial', 'performance', 'appeal_answer'])

const find = (c: AfterAnswerCase, kind: string) => c.deadlines.find((d) => d.kind === kind)
const passed = (d: Deadline | undefined): boolean => d !== undefined && (d.daysLeft ?? 0) < 0

/** A judgment has been served: its deadlines (appeal, retrial, performance, answer to an appeal) are there. */
export const isJudged = (c: AfterAnswerCase): boolean => c.deadlines.some((d) => JUDGMENT_KINDS.has(d.kind))

/** Today, read back from any deadline that carries daysLeft (the engine computed them for one day). */
function todayOf(c: AfterAnswerCase): string | null {
  const d = c.deadlines.find((x) => x.daysLeft !== undefined)
  return d ? formatDayNumber(toDayNumber(d.due) - (d.daysLeft as number)) : null
}

/**
 * The last day from which the two enforcement years count: the performance period's last day, else the day the
 * judgment took effect (第二百五十条: 「法律文书未规定履行期间的，从法律文书生效之日起计算」).
 */
function enforcementStart(c: AfterAnswerCase): string | null {
  return find(c, 'performance')?.due ?? find(c, 'retrial')?.startsFrom ?? null
}

/** The judgment is in force and its performance period (if known) is over, so the lender may apply for enforcement. */
function enforceable(c: AfterAnswerCase): boolean {
  const appeal = find(c, 'appeal_judgment')
  const retrial = find(c, 'retrial')
  const today = todayOf(c)
  if (!retrial || (appeal && !passed(appeal)) || today === null) return false
  const performance = find(c, 'performance')
  return performance ? passed(performance) : retrial.startsFrom !== null && today > retrial.startsFrom
}

/** The two years may have run (only then can a late application be objected to; 解释第四百八十一条). */
function periodMayHaveRun(c: AfterAnswerCase): boolean {
  const start = enforcementStart(c)
  const today = todayOf(c)
  return start !== null && today !== null && today > enforcementPeriodEndsOn(start)
}

/**
 * Enforcement documents come first among those without a deadline only when the performance period is known to
 * be over; without it they follow the others (the judgment may still give days to pay).
 */
export const enforcementFirst = (kind: string, c: AfterAnswerCase): boolean => ENFORCEMENT.has(kind as AfterAnswerKind) && passed(find(c, 'performance'))

/**
 * Whether an after-answer document belongs to this case now.
 * @example afterAnswerRelevant('appeal', { procedure: 'small_claims', deadlines: smallClaimsJudgment }) // false
 */
export function afterAnswerRelevant(kind: AfterAnswerKind, c: AfterAnswerCase): boolean {
  if (BEFORE_JUDGMENT.has(kind)) return !isJudged(c)
  if (kind === 'late_enforcement_objection') return enforceable(c) && periodMayHaveRun(c)
  if (ENFORCEMENT.has(kind)) return enforceable(c)
  return c.procedure !== 'small_claims' && find(c, 'appeal_judgment') !== undefined
}

/**
 * Open or closed: each closes when its deadline passes. The evidence applications also close once the hearing
 * has passed when no evidence period was entered (the period ends before the hearing at the latest [M]).
 * @example afterAnswerStatus('document_production', evidencePassed, c) // 'closed'
 */
export function afterAnswerStatus(kind: AfterAnswerKind, deadline: Deadline | null, c: AfterAnswerCase): Status {
  if (deadline) return passed(deadline) ? 'closed' : 'open'
  if ((kind === 'document_production' || kind === 'evidence_collection') && passed(find(c, 'hearing'))) return 'closed'
  return 'open'
}

/**
 * The appeal fee on the amount appealed (诉讼费用交纳办法第十七条), when the amount is known.
 * @example afterAnswerFee('appeal', { procedure: 'simple', deadlines, claimFen: 2_000_000 })?.feeFen // 30000
 */
export function afterAnswerFee(kind: AfterAnswerKind, c: AfterAnswerCase): AppealFee | undefined {
  if (kind !== 'appeal' || c.claimFen === undefined) return undefined
  return appealFee(c.claimFen) ?? undefined
}
