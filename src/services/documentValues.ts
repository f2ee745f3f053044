/**
 * 一份文书的全部值：案件（原告、法院、案号、送达日）、当事人信息、草稿、按案件给出的默认值，
 * 以及要素式答辩状的预填（核对结果、证据清单）。用户填过的一律优先。
 */
import { parseCaseNumber } from '@/domain/case/caseNumber'
import { claimKindOf, type ClaimKind } from '@/domain/claims/claimKind'
import type { ClaimedItems } from '@/domain/claims/findings'
import type { LimitationAssessment } from '@/domain/claims/limitation'
import type { Deadline } from '@/domain/deadlines'
import { answerFormFor } from '@/domain/documents/answerForms'
import { prefillAnswers, type Prefill, type RepaymentsReflected } from '@/domain/documents/answerPrefill'
import type { DocKind } from '@/domain/documents/docKinds'
import { readDraftFields, type DraftFields, type DraftIssue, type Fields } from '@/domain/documents/draftFields'
import type { RenderInput } from '@/domain/documents/render'
import { commonFields, type AnswerValues, type Template } from '@/domain/documents/template'
import { fenToYuanText } from '@/domain/money/yuanInput'
import { claimPointSentence } from '@/i18n/claimPoints'
import type { CaseRecord } from '@/storage/caseRecord'
import type { DocDraft, PartyDraft } from '@/storage/documentStore'
import { afterAnswerDefaults } from './afterAnswerValues'
import type { DocumentInputs } from './documentInputs'
import type { DocumentExtra } from './documentExtras'

/** The claim kind of the answer form: the user's choice for this document, else the case's. */
export const claimKindFor = (record: CaseRecord, draft: DocDraft | undefined): ClaimKind => draft?.claimKind ?? claimKindOf(record)

/** The claim as the case stores it, in the shape the form prints (总额 = the items added up). */
export function claimedOf(record: CaseRecord): ClaimedItems {
  const c = record.claim
  const items: ClaimedItems = { principal: c.principal, interest: c.interest, penalty: c.penalty, liquidatedDamages: c.liquidatedDamages, serviceFees: c.otherFees }
  const known = Object.values(items).filter((v): v is number => typeof v === 'number')
  return known.length > 0 ? { ...items, total: known.reduce((a, b) => a + b, 0) } : items
}

/**
 * The amounts the answer prints: the claim as the case records it (what the complaint states), so a cleared or
 * stale claim check never empties them; the claim check's figures only fill items the case does not hold
 * (律师费, 其他). 总额: the complaint's own total when the claim check holds it, else the items added up.
 */
export function answerClaimed(record: CaseRecord, checked: ClaimedItems | undefined): ClaimedItems {
  const own = claimedOf(record)
  const items: ClaimedItems = { ...(checked ?? {}) }
  for (const [key, fen] of Object.entries(own) as [keyof ClaimedItems, number | undefined][]) if (key !== 'total' && typeof fen === 'number') items[key] = fen
  delete items.total
  const known = Object.values(items).filter((v): v is number => typeof v === 'number')
  const total = checked?.total ?? (known.length > 0 ? known.reduce((a, b) => a + b, 0) : undefined)
  return total === undefined ? items : { ...items, total }
}

const yuan = (fen: number | undefined): string | undefined => (typeof fen === 'number' ? fenToYuanText(fen) : undefined)

/**
 * What a document's defaults may depend on besides the case: the limitation check, suggested reasons, and the
 * answer as it would be filed (the appeal's reasons start from it, issue 21).
 */
export type DefaultsContext = { limitation?: LimitationAssessment; suggestedReasons?: readonly string[]; answer?: FiledAnswer }

/** Values a document can start from, taken from the case; the user can change each. */
export function defaultsFor(kind: DocKind, record: CaseRecord, deadlines: readonly Deadline[], context: DefaultsContext = {}): DraftFields {
  const due = (k: string) => deadlines.find((d) => d.kind === k)?.due
  const c = record.claim
  const claimedTotal = claimedOf(record).total
  const fields: Record<string, string | undefined> = {}
  const choices: Record<string, string[]> = {}
  fields.plaintiff = plaintiffName(record)
  if (kind === 'evidence_extension') fields.evidenceDue = due('evidence')
  if (kind === 'period_extension') {
    const missed = deadlines.find((d) => (d.daysLeft ?? 0) < 0 && ['answer', 'evidence', 'payment_order_objection', 'appeal_judgment', 'appeal_ruling'].includes(d.kind))
    if (missed) {
      fields.missedDue = missed.due
      choices.period = [missed.kind.startsWith('appeal') ? 'appeal' : missed.kind]
    }
  }
  if (kind === 'installment_letter') fields.totalFen = yuan(claimedTotal)
  if (kind === 'penalty_waiver_letter') {
    fields.principalFen = yuan(c.principal)
    const extra = [c.penalty, c.liquidatedDamages, c.otherFees].filter((v): v is number => typeof v === 'number')
    if (extra.length > 0) fields.waiveFen = yuan(extra.reduce((a, b) => a + b, 0))
  }
  if (kind === 'repayment_plan') { fields.principalFen = yuan(c.principal); fields.proposedFen = yuan(c.principal) }
  // The limitation defence is an objection to the debt itself (民法典第一百九十二条第一款).
  if (kind === 'payment_order_objection' && context.limitation?.status === 'may_have_run') choices.reasons = ['limitation_expired']
  if (kind === 'jurisdiction_objection' && context.suggestedReasons && context.suggestedReasons.length > 0) choices.reasons = [...context.suggestedReasons]
  Object.assign(fields, afterAnswerDefaults(kind, record, deadlines, { claimKind: context.answer?.claimKind ?? claimKindOf(record), claimTotalFen: claimedTotal, answers: context.answer?.answers }))
  return { fields: Object.fromEntries(Object.entries(fields).filter((e): e is [string, string] => e[1] !== undefined)), choices }
}

/** The case's defaults over those another feature computes (documentExtras.ts); the user's draft goes over both. */
export function withExtraDefaults(base: DraftFields, extra: DraftFields | undefined): DraftFields {
  return extra ? { fields: { ...extra.fields, ...base.fields }, choices: { ...extra.choices, ...base.choices } } : base
}

/** The draft as the form shows it: the defaults under what the user typed (an emptied field stays empty). */
export function effectiveDraft(draft: DocDraft | undefined, defaults: DraftFields): DraftFields & { answers: DocDraft['answers'] } {
  return {
    fields: { ...defaults.fields, ...(draft?.fields ?? {}) },
    choices: { ...defaults.choices, ...(draft?.choices ?? {}) },
    answers: draft?.answers ?? {},
    ...(draft?.exhibits ? { exhibits: draft.exhibits } : {}),
  }
}

/** The answers: the pre-fill, then each item the user touched as the user left it. */
export function mergeAnswers(prefill: Prefill, answers: DocDraft['answers']): AnswerValues {
  const merged: AnswerValues = { ...prefill.answers }
  for (const [id, a] of Object.entries(answers)) {
    const base = merged[id] ?? {}
    merged[id] = {
      stance: a.stance === undefined ? base.stance : a.stance === '' ? undefined : a.stance,
      text: a.text === undefined ? base.text : a.text,
    }
  }
  return merged
}

/**
 * The plaintiff as a document names it. The names of the common lenders carry the product in brackets
 * for recognition (重庆蚂蚁消费金融有限公司（花呗/借呗）); a filing names the company only, and the page asks
 * the user to check it against the complaint.
 */
export function plaintiffName(record: CaseRecord): string {
  return record.lender.key === 'other' ? record.lender.name.trim() : record.lender.name.replace(/（[^（）]*）$/, '').trim()
}

/** The fields from the case (court, 案号 as the court writes it, plaintiff, 案由, service date). */
function caseFields(record: CaseRecord, claimKind: ClaimKind): Fields {
  const fields: Fields = { plaintiff: plaintiffName(record), caseType: answerFormFor(claimKind).caseType }
  if (record.court) fields.court = record.court
  if (record.caseNumber) {
    const parsed = record.caseNumberUnchecked ? null : parseCaseNumber(record.caseNumber)
    fields.caseNumber = parsed?.ok ? parsed.value.normalized : record.caseNumber.trim()
  }
  if (record.facts.servedOn) fields.servedOn = record.facts.servedOn
  return fields
}

/** The party details as document text; the birth date is checked like any date field. */
function partyFields(party: PartyDraft | undefined): { fields: Fields; issues: DraftIssue[] } {
  const raw = Object.fromEntries(Object.entries(party ?? {}).filter((e): e is [string, string] => typeof e[1] === 'string'))
  // Only the common fields are read: a party detail never fills a document's own field.
  const read = readDraftFields('answer', { id: 'party', fields: commonFields, blocks: [] }, { fields: raw, choices: {} })
  return { fields: read.fields, issues: read.issues.map((i) => ({ ...i, field: `party.${i.field}` })) }
}

export type DocumentValuesInput = {
  kind: DocKind; template: Template; record: CaseRecord; draft: DocDraft | undefined; party: PartyDraft | undefined
  deadlines: readonly Deadline[]; inputs: DocumentInputs; context?: DefaultsContext
  /** Values the hearing outline and the collection documents compute from their own records (documentExtras.ts). */
  extra?: DocumentExtra
}

const REFLECTED: readonly string[] = ['yes', 'no', 'unsure']
/** The answer to 「起诉状扣除了你的还款吗」, kept with the answer's draft. */
export function repaymentsReflectedOf(draft: DocDraft | undefined): RepaymentsReflected | undefined {
  const v = draft?.choices.repaymentsReflected?.[0]
  return v && REFLECTED.includes(v) ? (v as RepaymentsReflected) : undefined
}

export type FiledAnswer = { claimKind: ClaimKind; answers: AnswerValues }

/** The answer as it would print: its claim kind, and the pre-fill under the user's own answers. */
export function filedAnswer(record: CaseRecord, answerDraft: DocDraft | undefined, inputs: DocumentInputs): FiledAnswer {
  const claimKind = claimKindFor(record, answerDraft)
  const prefill = prefillAnswers(answerFormFor(claimKind), {
    findings: inputs.findings, evidence: inputs.evidence, sentenceOf: claimPointSentence, repaymentsReflected: repaymentsReflectedOf(answerDraft),
  })
  return { claimKind, answers: mergeAnswers(prefill, answerDraft?.answers ?? {}) }
}

/** Everything the renderer needs, the issues to show at their fields, and the answer pre-fill. */
export function documentValues(input: DocumentValuesInput): { values: RenderInput; issues: DraftIssue[]; prefill: Prefill | null } {
  const { kind, template, record, draft, party, deadlines, inputs } = input
  const claimKind = claimKindFor(record, draft)
  const effective = effectiveDraft(draft, withExtraDefaults(defaultsFor(kind, record, deadlines, input.context), input.extra?.defaults))
  const own = readDraftFields(kind, template, effective)
  const who = partyFields(party)
  const fields = { ...caseFields(record, claimKind), ...who.fields, ...own.fields, ...input.extra?.fields }
  if (kind !== 'answer') return { values: { fields }, issues: [...who.issues, ...own.issues], prefill: null }
  const prefill = prefillAnswers(answerFormFor(claimKind), {
    findings: inputs.findings, evidence: inputs.evidence, sentenceOf: claimPointSentence, repaymentsReflected: repaymentsReflectedOf(draft),
  })
  const claimed = answerClaimed(record, inputs.findings?.claimed)
  return { values: { fields, answers: mergeAnswers(prefill, effective.answers), claimed }, issues: [...who.issues, ...own.issues], prefill }
}
