/**
 * 诉讼时效的几个问题：用户的回答（原文）→ LimitationFacts。写错的日期给出是哪一项、什么错，不参与判断。
 * The answers live in the claim check's record (storage/claimCheckStore.ts, `limitation`); the repayments typed in the
 * claim check count as repayments here too, and the contract schedule gives the last due date when it is left blank.
 */
import { addMonths, compareDates } from '@/domain/calendar/plainDate'
import type { LimitationFacts, RememberedDate } from '@/domain/claims/limitation'
import type { ClaimCheckForm, LimitationForm, RememberedForm } from '@/storage/claimCheckStore'
import { isEmptyLimitationForm, parseDateField, type ClaimFormIssue } from './claimCheckForm'

export type LimitationAnswers = Omit<LimitationFacts, 'filedNoEarlierThan' | 'filedNoLaterThan'>

export type LimitationFormResult = {
  /** Null when no question was answered (and no last due date could be read from the schedule). */
  facts: LimitationAnswers | null
  issues: ClaimFormIssue[]
  /** The last due date taken from the contract schedule because the question was left blank. */
  lastDueFromSchedule?: string
  /** The latest repayment typed in the repayments list, used as the last repayment. */
  lastRepaymentFromList?: string
}

export function emptyLimitationForm(): LimitationForm {
  const blank = (): RememberedForm => ({ choice: '', on: '' })
  return { lastDueOn: '', lastRepayment: blank(), lastDemand: blank(), lastPromise: blank(), filedOn: '' }
}

/** The last instalment's due date from a complete schedule: the first due date plus count − 1 months (民法典第二百零二条). */
function lastDueOfSchedule(form: ClaimCheckForm, today: string): string | undefined {
  const count = Number(form.scheduleCount.trim().replace(/期$/, ''))
  const first = parseDateField(form.scheduleFirstDue, today)
  if (!Number.isInteger(count) || count < 1 || count > 600 || !first.ok || !first.value) return undefined
  return addMonths(first.value, count - 1)
}

/**
 * The answers as facts. Every mistake is an issue at its field ('limitation.lastDueOn', 'limitation.lastDemand' …).
 * @example limitationFactsFromForm({ ...form, limitation: { ...emptyLimitationForm(), lastDueOn: '2022-09-05' } }, '2026-12-06').facts
 * // { lastDueOn: '2022-09-05' }
 */
export function limitationFactsFromForm(form: ClaimCheckForm, today: string): LimitationFormResult {
  const answers = form.limitation ?? emptyLimitationForm()
  const issues: ClaimFormIssue[] = []
  const date = (field: string, text: string): string | undefined => {
    const parsed = parseDateField(text, today)
    if (parsed.ok) return parsed.value
    issues.push({ field: `limitation.${field}`, code: parsed.code })
    return undefined
  }
  const remembered = (field: 'lastRepayment' | 'lastDemand' | 'lastPromise'): RememberedDate | undefined => {
    const answer = answers[field]
    if (answer.choice === 'none' || answer.choice === 'unsure') return { known: false, reason: answer.choice }
    if (answer.choice !== 'date') return undefined
    if (answer.on.trim() === '') {
      issues.push({ field: `limitation.${field}`, code: 'needs_date' })
      return undefined
    }
    const on = date(field, answer.on)
    return on ? { known: true, on } : undefined
  }

  const result: LimitationFormResult = { facts: null, issues }
  const facts: LimitationAnswers = {}
  let lastDueOn = date('lastDueOn', answers.lastDueOn)
  if (!lastDueOn && answers.lastDueOn.trim() === '') {
    lastDueOn = lastDueOfSchedule(form, today)
    if (lastDueOn) result.lastDueFromSchedule = lastDueOn
  }
  if (lastDueOn) facts.lastDueOn = lastDueOn

  // The repayments list is the user's own record: its latest row counts, and "never repaid" cannot stand beside it.
  const listed = form.repayments.map((r) => parseDateField(r.on, today)).flatMap((p) => (p.ok && p.value ? [p.value] : [])).sort(compareDates)
  const latestListed = listed[listed.length - 1]
  let lastRepayment = remembered('lastRepayment')
  if (latestListed) {
    if (answers.lastRepayment.choice === 'none') issues.push({ field: 'limitation.lastRepayment', code: 'repayments_listed' })
    if (!lastRepayment?.known || compareDates(latestListed, lastRepayment.on) > 0) {
      lastRepayment = { known: true, on: latestListed }
      result.lastRepaymentFromList = latestListed
    }
  }
  if (lastRepayment) facts.lastRepayment = lastRepayment
  const lastDemand = remembered('lastDemand')
  if (lastDemand) facts.lastDemand = lastDemand
  const lastPromise = remembered('lastPromise')
  if (lastPromise) facts.lastPromise = lastPromise
  const filedOn = date('filedOn', answers.filedOn)
  if (filedOn) facts.filedOn = filedOn

  const answered = !isEmptyLimitationForm(form.limitation) || result.lastDueFromSchedule !== undefined
  result.facts = answered ? facts : null
  return result
}
