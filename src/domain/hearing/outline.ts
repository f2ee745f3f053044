/**
 * 庭审提纲：开庭前给自己看的一页纸。要素式审理时法官按答辩状的项目逐项核对（documents.md §1），所以提纲按用户
 * 填的答辩状列出每一项的态度、理由的第一行和支持它的证据；再列出要主动提出的两点（诉讼时效、利息费用超过上限）、
 * 要带的东西，以及在线开庭怎么做。The wording is in src/i18n/hearingOutline.ts; this module only decides what goes in.
 *
 * - Every item the judge asks must get a clear answer: a fact neither admitted nor denied after the judge asks is
 *   taken as admitted (民事诉讼证据规定第四条) [V].
 * - Limitation: the court does not raise it (民法典第一百九十三条) and it is lost if not raised at first instance
 *   (诉讼时效规定第三条) [V]; promising to pay after it ran ends it (民法典第一百九十二条第二款) [V].
 * - Online: internet courts hear by video (互联网法院规定第一条、第十二条); elsewhere online needs consent (在线诉讼规则
 *   第四条), real-name registration on the platform (第七条), and not joining without good reason counts as refusing
 *   to appear (第二十五条第二款) [V].
 */
import type { AnswerElement, ClaimPoint } from '../claims/findings'
import type { LimitationAssessment, LimitationEvent } from '../claims/limitation'
import type { AnswerForm, AnswerItem } from '../documents/answerForms'
import type { AnswerValues } from '../documents/template'
import type { EvidenceItemCode } from '../evidence/checklist'
import { positionOf, reasonLine, type Position } from './answerPositions'
import { isInternetCourt } from './internetCourt'

export const outlineBasis = {
  answer_every_item: ['民事诉讼证据规定第四条'],
  limitation: ['民法典第一百九十三条', '诉讼时效规定第三条', '民法典第一百九十二条'],
  online: ['互联网法院规定第一条', '互联网法院规定第十二条', '人民法院在线诉讼规则第四条', '人民法院在线诉讼规则第七条', '人民法院在线诉讼规则第二十五条'],
} as const

/** An exhibit as the answer's 证据清单 numbers it (the evidence marked ready, in checklist order). */
export type Exhibit = { n: number; code: EvidenceItemCode; elements: readonly AnswerElement[] }
export type BringItem = { code: EvidenceItemCode; copies?: number }
/** What the user said about the hearing notice: 在线 or not (an optional question on the outline page). */
export type SummonsMode = 'online' | 'in_person' | 'unsure'

export type OutlineInput = {
  form: AnswerForm
  /** The answer as it prints: the pre-fill under the user's edits. */
  answers: AnswerValues
  exhibits: readonly Exhibit[]
  /** The claim check's points (only the limitation and the cap points are read). */
  points: readonly ClaimPoint[]
  limitation: LimitationAssessment
  bring: readonly BringItem[]
  court?: string
  caseNumber?: string
  summons?: SummonsMode
}

export type OutlineItem = { id: string; heading: string; position: Position; reason: string | null; more: boolean; exhibits: number[] }
export type RaisePoint =
  | { code: 'limitation'; event: LimitationEvent; latestOn: string; ranOn: string; filingDateKnown: boolean }
  | { code: 'cap'; capRate: number; allowedFen: number; chargedFen: number; excessFen: number; asOf: string; reference: boolean }

export type HearingOutline = {
  items: OutlineItem[]
  /** Items left empty, the security items aside (a consumer loan rarely has any). */
  unanswered: { id: string; heading: string }[]
  /** True when the form has 担保 items the user left empty. */
  securityLeftEmpty: boolean
  otherNotes: string | null
  raise: RaisePoint[]
  bring: BringItem[]
  /** Exhibits to bring as originals (or the original records on the phone). */
  originals: number[]
  online: null | 'internet_court' | 'summons'
}

/** 担保 items (documents.md §1.1 items 10–16, §1.2 items 7–13). */
const SECURITY_ITEMS = new Set(['securityClaims', 'realSecurity', 'securityProviders', 'maxMortgage', 'registration', 'guaranteeContract', 'guaranteeMode', 'otherSecurity'])

function elementsOf(form: AnswerForm, item: AnswerItem): AnswerElement[] {
  return (Object.entries(form.elementItem) as [AnswerElement, string][]).filter(([, id]) => id === item.id).map(([element]) => element)
}

function raisePoints(points: readonly ClaimPoint[], limitation: LimitationAssessment): RaisePoint[] {
  const out: RaisePoint[] = []
  const lim = points.find((p) => p.code === 'limitation_may_have_run')
  if (lim) {
    const p = lim.params
    out.push({ code: 'limitation', event: String(p.event) as LimitationEvent, latestOn: String(p.latestOn), ranOn: String(p.ranOn), filingDateKnown: p.filingDateKnown === 1 || String(p.filingDateKnown) === 'true' })
  } else if (limitation.status === 'may_have_run') {
    out.push({ code: 'limitation', event: limitation.latest.event, latestOn: limitation.latest.on, ranOn: limitation.ranOn, filingDateKnown: limitation.filingDateKnown })
  }
  const cap = points.find((p) => p.code === 'interest_above_cap_as_applied')
  if (cap && Number(cap.params.excessFen) > 0) {
    const p = cap.params
    out.push({ code: 'cap', capRate: Number(p.capRate), allowedFen: Number(p.allowedFen), chargedFen: Number(p.chargedFen), excessFen: Number(p.excessFen), asOf: String(p.asOf), reference: cap.reference })
  }
  return out
}

/**
 * The outline of one case: the answer's items with a position, in the form's order; what to raise; what to bring;
 * whether the online-hearing section applies (an internet court, or the user says the notice says 在线).
 * @example
 * buildHearingOutline({ form: financialLoanForm, answers: { interest: { stance: 'object', text: '利率过高。' } }, exhibits: [],
 *   points: [], limitation: { status: 'unanswered' }, bring: [], court: '杭州互联网法院' }).items[0]
 * // { id: 'interest', heading: '对利息（期内利息、复利、罚息）有无异议', position: 'dispute', reason: '利率过高。', more: false, exhibits: [] }
 */
export function buildHearingOutline(input: OutlineInput): HearingOutline {
  const { form, answers } = input
  const items: OutlineItem[] = []
  const unanswered: { id: string; heading: string }[] = []
  let securityLeftEmpty = false
  for (const item of [...form.defence, ...form.facts].filter((i) => i.kind === 'stance')) {
    const position = positionOf(answers[item.id])
    if (position === null) {
      if (SECURITY_ITEMS.has(item.id)) securityLeftEmpty = true
      else unanswered.push({ id: item.id, heading: item.heading })
      continue
    }
    const reason = reasonLine(answers[item.id]?.text)
    const elements = elementsOf(form, item)
    const exhibits = input.exhibits.filter((e) => e.elements.some((el) => elements.includes(el))).map((e) => e.n)
    items.push({ id: item.id, heading: item.heading, position, reason: reason?.line ?? null, more: reason?.more ?? false, exhibits: position === 'accept' ? [] : exhibits })
  }
  const online = isInternetCourt({ court: input.court, caseNumber: input.caseNumber }) ? 'internet_court' : input.summons === 'online' ? 'summons' : null
  return {
    items, unanswered, securityLeftEmpty,
    otherNotes: reasonLine(answers.otherNotes?.text)?.line ?? null,
    raise: raisePoints(input.points, input.limitation),
    bring: [...input.bring],
    originals: input.exhibits.map((e) => e.n),
    online,
  }
}
