/**
 * 一个案件能写哪些文书、先写哪一份：按期限远近排列，同一天到期的答辩状排在管辖权异议前面——答辩状是主要的
 * 任务；管辖权异议是可选的，多数网贷案件里它不会成立（jurisdiction.ts 说明本案的机会）。两者可以同时交：
 * 在答辩期内提出异议又答辩的，异议照样审查（民诉法解释第二百二十三条第一款）。
 * 过了期限就不能再提的（管辖权异议：第一百三十条第一款；支付令异议：解释第四百三十一条；延长举证期限：
 * 证据规定第五十四条；小额诉讼异议：解释第二百七十九条）标为 closed，放到最后并说明原因。
 */
import type { Deadline, Procedure } from '../deadlines'
import type { AppealFee } from '../claims/appealFee'
import { afterAnswerFee, afterAnswerRelevant, afterAnswerStatus, enforcementFirst, isJudged } from './afterAnswer/catalogue'
import { isAfterAnswerKind } from './afterAnswer/kinds'
import { docDeadline, docKinds, promisesPayment, type DocKind } from './docKinds'

/** open: can still be filed; late: its deadline passed but it still helps (an answer before the hearing [S]); closed: too late. */
export type DocStatus = 'open' | 'late' | 'closed'
/** `fee`: the appeal's fee on the amount appealed, when the case knows the amount (afterAnswer/catalogue.ts). */
export type DocOffer = { kind: DocKind; deadline: Deadline | null; status: DocStatus; fee?: AppealFee }

/** Offered as optional, with a statement of its chance, never as the main task. */
export const OPTIONAL_KINDS: ReadonlySet<DocKind> = new Set(['jurisdiction_objection'])
/** The main task of a case when it is offered: the answer, else the payment-order objection. */
const MAIN_KINDS: readonly DocKind[] = ['answer', 'payment_order_objection']

/**
 * The documents of the trial, which a served judgment ends: the answer and its objections, the evidence extension,
 * and the repayment plan for a mediated end of the trial (诉讼费用交纳办法第十五条: 以调解方式结案).
 */
const ANSWER_STAGE_KINDS: ReadonlySet<DocKind> = new Set(['answer', 'jurisdiction_objection', 'evidence_extension', 'small_claims_objection', 'repayment_plan'])

/** Filing after the deadline has no effect for these. */
const CLOSES_AT_DEADLINE: ReadonlySet<DocKind> = new Set(['jurisdiction_objection', 'payment_order_objection', 'evidence_extension', 'small_claims_objection', 'fee_relief'])
/** Deadlines that 第八十六条 顺延 can rescue when missed for good cause. */
const EXTENDABLE = new Set(['answer', 'evidence', 'payment_order_objection', 'appeal_judgment', 'appeal_ruling'])

/** `claimFen`: the amount an appeal would dispute (the appeal draft's, else the claim), for the appeal fee. */
type CaseShape = { procedure: Procedure | 'unsure'; deadlines: readonly Deadline[]; claimFen?: number }

/** Stopping unlawful collection: useful at every stage, in every procedure, with no deadline of its own. */
const COLLECTION: DocKind[] = ['collection_record', 'collection_letter', 'collection_complaint']

/** The hearing outline, until the hearing has passed or a judgment is served (a judged case has its own papers). */
function hearingAhead(deadlines: readonly Deadline[]): boolean {
  if (deadlines.some((d) => d.kind === 'appeal_judgment' || d.kind === 'retrial' || d.kind === 'performance')) return false
  const hearing = deadlines.find((d) => d.kind === 'hearing')
  return !hearing || (hearing.daysLeft ?? 0) >= 0
}

function relevantKinds(c: CaseShape): DocKind[] {
  const { procedure, deadlines } = c
  const has = (kind: string) => deadlines.some((d) => d.kind === kind)
  if (procedure === 'payment_order' || has('payment_order_objection')) {
    return ['payment_order_objection', 'installment_letter', 'penalty_waiver_letter', 'period_extension', ...COLLECTION]
  }
  if (procedure === 'pre_litigation_mediation' || has('mediation_end')) return ['repayment_plan', 'installment_letter', 'penalty_waiver_letter', ...COLLECTION]
  return docKinds.filter((kind) => {
    if (kind === 'payment_order_objection') return false
    if (isAfterAnswerKind(kind)) return afterAnswerRelevant(kind, c)
    // Once a judgment is served the trial is over: no answer, objection, evidence extension or mediation plan (issue 21).
    if (ANSWER_STAGE_KINDS.has(kind) && isJudged(c)) return false
    if (kind === 'small_claims_objection') return procedure === 'small_claims'
    if (kind === 'fee_relief') return has('appeal_judgment') || has('appeal_ruling')
    if (kind === 'hearing_outline') return hearingAhead(deadlines)
    return true
  })
}

const daysLeftOf = (d: Deadline | null): number | null => (d ? d.daysLeft ?? 0 : null)

function statusOf(kind: DocKind, deadline: Deadline | null): DocStatus {
  const left = daysLeftOf(deadline)
  if (left === null || left >= 0) return 'open'
  return CLOSES_AT_DEADLINE.has(kind) ? 'closed' : 'late'
}

/**
 * The documents for a case, most urgent first: open ones with a deadline by date (ties in the order of
 * `docKinds`, so the answer comes before the jurisdiction objection), then open ones without a
 * deadline (顺延 first when a deadline was missed), then late ones, then closed ones.
 * @example
 * offerDocuments({ procedure: 'ordinary', deadlines: [answer1008, jurisdiction1008] }).map((o) => o.kind).slice(0, 2)
 * // ['answer', 'jurisdiction_objection']
 */
export function offerDocuments(c: CaseShape): DocOffer[] {
  const missed = c.deadlines.some((d) => EXTENDABLE.has(d.kind) && (d.daysLeft ?? 0) < 0)
  const offers = relevantKinds(c).map((kind): DocOffer => {
    const wanted = docDeadline[kind]
    const deadline = wanted ? c.deadlines.find((d) => d.kind === wanted) ?? null : null
    if (!isAfterAnswerKind(kind)) return { kind, deadline, status: statusOf(kind, deadline) }
    const fee = afterAnswerFee(kind, c)
    return { kind, deadline, status: afterAnswerStatus(kind, deadline, c), ...(fee ? { fee } : {}) }
  })
  const group = (o: DocOffer): number => {
    if (o.status === 'closed') return 4
    if (o.status === 'late') return 3
    if (o.deadline) return 0
    return (o.kind === 'period_extension' && missed) || enforcementFirst(o.kind, c) ? 1 : 2
  }
  // The fee-relief application goes with the appeal (诉讼费用交纳办法第四十八条), so it follows it.
  const order = (kind: DocKind) => (kind === 'fee_relief' ? docKinds.indexOf('appeal') + 0.5 : docKinds.indexOf(kind))
  return offers.sort((a, b) => group(a) - group(b)
    || (a.deadline && b.deadline && group(a) === 0 ? (a.deadline.due < b.deadline.due ? -1 : a.deadline.due > b.deadline.due ? 1 : 0) : 0)
    || order(a.kind) - order(b.kind))
}

/**
 * The documents to link from one deadline's card: those written for it while it runs, and the
 * 顺延 application once it has passed (for the deadlines 第八十六条 can extend).
 * @example docsForDeadline({ kind: 'answer', daysLeft: 3, … }, 'ordinary') // ['answer']
 */
export function docsForDeadline(deadline: Deadline, procedure: Procedure | 'unsure'): DocKind[] {
  const offers = offerDocuments({ procedure, deadlines: [deadline] })
  const own = offers.filter((o) => o.deadline?.kind === deadline.kind && o.status !== 'closed').map((o) => o.kind)
  const missed = (deadline.daysLeft ?? 0) < 0 && EXTENDABLE.has(deadline.kind)
  return missed ? [...own, 'period_extension'] : own
}

/**
 * The one document the list offers with the primary button: the answer (or the payment-order objection) while
 * it can still be filed, else the first open document with a deadline of its own that is not optional (the
 * appeal). Never a letter or plan that promises payment: such a document can give up the limitation defence
 * (民法典第一百九十二条第二款), so it is never pressed on the user as the thing to do; with nothing due, there is
 * no main task.
 * @example mainTask(offerDocuments({ procedure: 'ordinary', deadlines: [answer1008, jurisdiction1008] })) // 'answer'
 */
export function mainTask(offers: readonly DocOffer[]): DocKind | null {
  const usable = offers.filter((o) => o.status !== 'closed')
  const main = MAIN_KINDS.find((kind) => usable.some((o) => o.kind === kind))
  if (main) return main
  const due = usable.find((o) => o.status === 'open' && o.deadline !== null && !OPTIONAL_KINDS.has(o.kind) && !promisesPayment[o.kind])
  return due?.kind ?? null
}
