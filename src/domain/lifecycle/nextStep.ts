/**
 * 时间线最上面的一句话：现在该做什么。即使每个日期都过了，也有下一步。
 * Returns one code with params; the sentence lives in i18n (src/i18n/lifecycle.ts).
 */
import { isFinalOnService } from '../deadlines/judgmentRules'
import { caseStages, currentStage } from './caseStages'
import { mainDeadline } from './mainTask'
import { deadlineOf, isOpen, type LifecycleDeadline, type LifecycleFacts, type LifecycleKind } from './lifecycleFacts'

export const nextStepCodes = [
  /** No dates yet: fill in when the papers were served. */
  'fill_in_dates',
  /** params {kind, due}: the most urgent open deadline. */
  'act_before',
  /** params {date, time}: go to the hearing. */
  'attend_hearing',
  /** params {date, time}: the answer period is over, an answer is still accepted (第一百二十八条第二款); attend the hearing. */
  'answer_late_attend_hearing',
  /** The answer period is over and no hearing is known: answer anyway, wait for the summons. */
  'answer_late_await_hearing',
  /** The hearing is over: wait for the judgment, then enter its service date (an appealable judgment). */
  'await_judgment',
  /** Small claims, hearing over: the judgment is final on service (第一百六十五条), so no appeal period will follow. */
  'await_final_judgment',
  /** params {due, effectiveOn}: appeal before `due`, or the judgment takes effect on `effectiveOn` (第一百五十八条). */
  'appeal_or_accept',
  /** The case is at 二审 and no date is open: wait for the court's notice and attend. */
  'await_second_instance',
  /** The 二审 hearing is over: wait for the judgment, final on service (第一百八十二条). */
  'await_second_instance_judgment',
  /** params {due}: the judgment is effective; perform by `due` or agree instalments with the lender. */
  'perform_before',
  /** The performance period is over: enforcement can be applied for (第二百四十七条); pay or settle. */
  'performance_overdue',
  /** params {effectiveOn?}: the judgment is effective and the judgment's performance period is not known. */
  'judgment_effective',
  /** The objection period is over: without a written objection the order is enforceable (第二百二十七条). */
  'payment_order_effective',
  /** Mediation period over: the lender may file suit; enter the complaint's service date when it comes. */
  'mediation_over',
] as const
export type NextStepCode = (typeof nextStepCodes)[number]
export type NextStep = { code: NextStepCode; params: Record<string, string> }

/** Deadlines that say "act before" (a retrial is the user's choice, not the next step). */
const ACTIONABLE: readonly LifecycleKind[] = [
  'answer', 'jurisdiction_objection', 'evidence', 'small_claims_objection', 'payment_order_objection',
  'appeal_answer', 'appeal_judgment', 'appeal_ruling', 'mediation_end', 'hearing',
]

const step = (code: NextStepCode, params: Record<string, string> = {}): NextStep => ({ code, params })

function hearingStep(hearing: LifecycleDeadline, late: boolean): NextStep {
  const [date, time = ''] = (hearing.at ?? hearing.due).split('T')
  return step(late ? 'answer_late_attend_hearing' : 'attend_hearing', { date, time })
}

/** After an effective judgment or payment order: the performance period, if the judgment gave one. */
function afterEffective(deadlines: readonly LifecycleDeadline[], today: string, effectiveOn?: string): NextStep {
  const performance = deadlineOf(deadlines, 'performance')
  if (performance) return isOpen(performance, today) ? step('perform_before', { due: performance.due }) : step('performance_overdue')
  return step('judgment_effective', effectiveOn ? { effectiveOn } : {})
}

/**
 * The one next step for the case.
 * @example nextStep({ procedure: 'ordinary', servedOn: '2026-09-16', hearingAt: '2026-11-03T09:00' }, [{ kind: 'answer', due: '2026-10-08' }, { kind: 'hearing', due: '2026-11-03', at: '2026-11-03T09:00' }], '2026-10-20')
 * // { code: 'answer_late_attend_hearing', params: { date: '2026-11-03', time: '09:00' } }
 */
export function nextStep(facts: LifecycleFacts, deadlines: readonly LifecycleDeadline[], today: string): NextStep {
  const stage = currentStage(caseStages(facts, deadlines, today))
  const open = deadlines.filter((d) => ACTIONABLE.includes(d.kind) && isOpen(d, today))
  // The objection shares the answer's last day (第一百三十条: 在提交答辩状期间) but is optional; the answer is the step
  // everyone has, so on the same day the answer comes first (mainTask.ts).
  const first = mainDeadline(open)
  switch (stage.code) {
    case 'received':
      return step('fill_in_dates')
    case 'payment_order_objection':
    case 'mediation':
    case 'answer_and_evidence':
      return first?.kind === 'hearing' ? hearingStep(first, false) : first ? step('act_before', { kind: first.kind, due: first.due }) : step('fill_in_dates')
    case 'hearing': {
      const hearing = deadlineOf(open, 'hearing')
      const answered = deadlineOf(deadlines, 'answer')
      const late = answered !== undefined && !isOpen(answered, today)
      if (hearing) return hearingStep(hearing, late)
      return step('answer_late_await_hearing')
    }
    case 'judgment':
      return step(isFinalOnService(facts) ? 'await_final_judgment' : 'await_judgment')
    case 'appeal_or_effective': {
      if (stage.variant === 'appeal_period') {
        const appeal = deadlineOf(deadlines, 'appeal_judgment')
        const due = appeal?.due ?? ''
        return step('appeal_or_accept', { due, effectiveOn: effectiveAfter(deadlines) ?? '' })
      }
      // 二审: the answer to the appeal (第一百七十四条), then the hearing.
      if (first?.kind === 'hearing') return hearingStep(first, false)
      if (first) return step('act_before', { kind: first.kind, due: first.due })
      const hearing = deadlineOf(deadlines, 'hearing')
      return step(hearing && !isOpen(hearing, today) ? 'await_second_instance_judgment' : 'await_second_instance')
    }
    case 'performance':
      if (facts.procedure === 'payment_order' && !deadlineOf(deadlines, 'performance')) return step('payment_order_effective')
      return afterEffective(deadlines, today, effectiveOn(facts, deadlines))
    case 'litigation':
      return step('mediation_over')
  }
}

/** The retrial period starts the day the judgment takes effect; the engine counts it from there. */
function effectiveAfter(deadlines: readonly LifecycleDeadline[]): string | undefined {
  return deadlineOf(deadlines, 'retrial')?.startsFrom ?? undefined
}

/** 生效日：二审和小额诉讼为送达日 (第一百八十二条、第一百六十五条)，一审为上诉期满后 (第一百五十八条). */
export function effectiveOn(facts: LifecycleFacts, deadlines: readonly LifecycleDeadline[]): string | undefined {
  if (!facts.judgmentServedOn) return undefined
  if (isFinalOnService(facts)) return facts.judgmentServedOn
  return effectiveAfter(deadlines)
}
