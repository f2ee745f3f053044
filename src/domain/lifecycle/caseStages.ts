/**
 * 案件的一生：收到材料 → 答辩与举证 → 开庭 → 判决 → 上诉或生效 → 履行与执行。
 * 支付令和诉前调解走各自的短路径。Each stage is done / current / upcoming, derived from the facts and
 * the deadlines alone (no clock: `today` is a parameter).
 */
import { isFinalOnService } from '../deadlines/judgmentRules'
import { deadlineOf, isOpen, type LifecycleDeadline, type LifecycleFacts } from './lifecycleFacts'

export const stageCodes = [
  'received', 'answer_and_evidence', 'hearing', 'judgment', 'appeal_or_effective', 'performance',
  'payment_order_objection', 'mediation', 'litigation',
] as const
export type StageCode = (typeof stageCodes)[number]
export type StageStatus = 'done' | 'current' | 'upcoming'

/**
 * How the 上诉或生效 stage reads:
 * - appeal_period: a first-instance judgment is served and its appeal period (第一百七十一条) is running;
 * - second_instance: the case is at 二审 (民终 papers, or the other side's 上诉状副本 was served);
 * - effective: the judgment has taken effect (第一百五十八条; small claims 第一百六十五条; 二审 第一百八十二条);
 * - final: still ahead in a small-claims case, whose judgment cannot be appealed (第一百六十五条: 一审终审), so the
 *   stage is never shown as 「上诉或生效」.
 */
export type StageVariant = 'appeal_period' | 'second_instance' | 'effective' | 'final'
export type Stage = { code: StageCode; status: StageStatus; variant?: StageVariant }

const LITIGATION: readonly StageCode[] = ['received', 'answer_and_evidence', 'hearing', 'judgment', 'appeal_or_effective', 'performance']
const ANSWER_PHASE = ['answer', 'jurisdiction_objection', 'evidence', 'small_claims_objection', 'appeal_answer'] as const

/** Marks every stage before `current` done and every one after it upcoming. */
function path(codes: readonly StageCode[], current: StageCode, variant?: StageVariant): Stage[] {
  const at = codes.indexOf(current)
  return codes.map((code, i) => {
    const stage: Stage = { code, status: i < at ? 'done' : i === at ? 'current' : 'upcoming' }
    if (code === 'appeal_or_effective' && variant && i <= at) stage.variant = variant
    return stage
  })
}

/** Where a first- or second-instance lawsuit stands. */
function litigationStage(facts: LifecycleFacts, deadlines: readonly LifecycleDeadline[], today: string): { current: StageCode; variant?: StageVariant } {
  const second = facts.instance === 'second'
  if (facts.judgmentServedOn) {
    // 第二审判决是终审判决 (第一百八十二条), effective on service; small claims are final at first instance (第一百六十五条).
    if (isFinalOnService(facts)) return { current: 'performance', variant: 'effective' }
    if (facts.appealServedOn) return { current: 'appeal_or_effective', variant: 'second_instance' }
    const appeal = deadlineOf(deadlines, 'appeal_judgment')
    // Not appealed by the end of the period → effective (第一百五十八条) [M: the other side's period may end later, 解释第二百四十四条].
    if (appeal && isOpen(appeal, today)) return { current: 'appeal_or_effective', variant: 'appeal_period' }
    return { current: 'performance', variant: 'effective' }
  }
  // 民终 papers without the 二审 judgment: the first-instance stages are behind the user.
  if (second || facts.appealServedOn) return { current: 'appeal_or_effective', variant: 'second_instance' }
  const hearing = deadlineOf(deadlines, 'hearing')
  if (hearing && !isOpen(hearing, today)) return { current: 'judgment' }
  const answerPhaseOpen = deadlines.some((d) => (ANSWER_PHASE as readonly string[]).includes(d.kind) && isOpen(d, today))
  if (answerPhaseOpen) return { current: 'answer_and_evidence' }
  if (hearing || deadlines.some((d) => d.kind === 'answer')) return { current: 'hearing' }
  return { current: 'received' }
}

/**
 * The stages of the case, the current one marked.
 * @example caseStages({ procedure: 'ordinary', servedOn: '2026-09-16' }, [{ kind: 'answer', due: '2026-10-08' }], '2026-10-09').map((s) => s.status)
 * // ['done', 'done', 'current', 'upcoming', 'upcoming', 'upcoming']
 */
export function caseStages(facts: LifecycleFacts, deadlines: readonly LifecycleDeadline[], today: string): Stage[] {
  if (facts.procedure === 'payment_order') {
    // 支付令: pay or object in writing within 15 days; without an objection it can be enforced (第二百二十七条).
    const objection = deadlineOf(deadlines, 'payment_order_objection')
    const current: StageCode = !objection ? 'received' : isOpen(objection, today) ? 'payment_order_objection' : 'performance'
    return path(['received', 'payment_order_objection', 'performance'], current)
  }
  if (facts.procedure === 'pre_litigation_mediation') {
    // 诉前调解 30 days (特邀调解规定第二十七条); if it fails and the lender insists, the case is filed.
    const end = deadlineOf(deadlines, 'mediation_end')
    const current: StageCode = !end ? 'received' : isOpen(end, today) ? 'mediation' : 'litigation'
    return path(['received', 'mediation', 'litigation'], current)
  }
  const { current, variant } = litigationStage(facts, deadlines, today)
  const stages = path(LITIGATION, current, variant)
  // A small-claims judgment takes effect on service (第一百六十五条、第一百五十八条): no appeal stage ahead.
  if (isFinalOnService(facts)) for (const stage of stages) if (stage.code === 'appeal_or_effective' && !stage.variant) stage.variant = 'final'
  return stages
}

/** The current stage (every path has exactly one). */
export function currentStage(stages: readonly Stage[]): Stage {
  return stages.find((s) => s.status === 'current') ?? stages[0]
}
