/**
 * 核对诉讼请求的表单：用户敲的字 → 核对的输入。金额用 parseYuanInput（逗号、元、全角数字都认）；日期认
 * 2026-9-16、2026/9/16、2026年9月16日和全角数字；写错的不改，给出是哪一项、什么错。
 */
import { isValidPlainDate } from '@/domain/calendar/plainDate'
import type { ClaimCheckInput, YesNoUnsure } from '@/domain/claims/claimCheckInput'
import type { ClaimKind } from '@/domain/claims/claimKind'
import type { ClaimedItems, Payment } from '@/domain/claims/findings'
import { parseYuanInput, type YuanInputIssueCode } from '@/domain/money/yuanInput'
import type { CaseRecord } from '@/storage/caseRecord'
import type { ClaimCheckForm, LimitationForm } from '@/storage/claimCheckStore'
import { formatYuan, normalizeDateInput } from './intakeForm'

export type { ClaimCheckForm }

export const claimedFields = ['principal', 'interest', 'penalty', 'liquidatedDamages', 'serviceFees', 'enforcementCosts', 'other', 'total'] as const
export type ClaimedField = (typeof claimedFields)[number]

export type ClaimFormIssueCode =
  | YuanInputIssueCode | 'zero' | 'bad_date' | 'not_a_real_date' | 'future_date' | 'before_received'
  | 'bad_rate' | 'rate_too_large' | 'bad_count' | 'needs_date' | 'needs_amount' | 'schedule_incomplete'
  /** 诉讼时效: "never repaid" answered while the repayments list has rows. */
  | 'repayments_listed'
/** A form field, a repayment row's field as 'repayments.2.on', or a limitation answer as 'limitation.lastDemand'. */
export type ClaimFormIssue = { field: string; code: ClaimFormIssueCode }

export function emptyClaimCheckForm(): ClaimCheckForm {
  return {
    receivedAmount: '', receivedOn: '', contractAmount: '', contractOn: '', statedRate: '', rateUnit: 'year',
    scheduleCount: '', scheduleInstallment: '', scheduleFirstDue: '', repayments: [],
    principal: '', interest: '', penalty: '', liquidatedDamages: '', serviceFees: '', enforcementCosts: '', other: '', total: '',
    claimedAsOf: '', overdueSince: '', termsExplained: '', interestOnFees: '',
  }
}

/** A new form starts from what intake recorded from the complaint. */
export function claimFormFromCase(record: CaseRecord): ClaimCheckForm {
  const c = record.claim
  const text = (fen: number | undefined) => (fen === undefined ? '' : formatYuan(fen))
  return { ...emptyClaimCheckForm(), principal: text(c.principal), interest: text(c.interest), penalty: text(c.penalty), liquidatedDamages: text(c.liquidatedDamages), other: text(c.otherFees) }
}

/** True when no limitation question was answered. */
export function isEmptyLimitationForm(form: LimitationForm | undefined): boolean {
  if (!form) return true
  const { lastDueOn, filedOn, lastRepayment, lastDemand, lastPromise } = form
  return [lastDueOn, filedOn].every((t) => t.trim() === '') && [lastRepayment, lastDemand, lastPromise].every((r) => r.choice === '')
}

/** True when nothing at all was typed (the limitation answers included). */
export function isEmptyClaimForm(form: ClaimCheckForm): boolean {
  const { rateUnit: _unit, repayments, limitation, ...texts } = form
  return isEmptyLimitationForm(limitation) && Object.values(texts).every((v) => v.trim() === '') && repayments.every((r) => r.on.trim() === '' && r.amount.trim() === '')
}

/** Full-width ASCII (０-９, ．, －, ／, ％) to half-width; nothing else changes. */
const halfWidth = (s: string): string => s.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ')

type Parsed<T> = { ok: true; value: T | undefined } | { ok: false; code: ClaimFormIssueCode }

export function parseDateField(text: string, today: string): Parsed<string> {
  const trimmed = halfWidth(text).trim()
  if (trimmed === '') return { ok: true, value: undefined }
  const date = normalizeDateInput(trimmed)
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return { ok: false, code: 'bad_date' }
  if (!isValidPlainDate(date)) return { ok: false, code: 'not_a_real_date' }
  if (date > today) return { ok: false, code: 'future_date' }
  return { ok: true, value: date }
}

export function parseAmountField(text: string, allowZero = true): Parsed<number> {
  const parsed = parseYuanInput(text)
  if (!parsed.ok) return { ok: false, code: parsed.code }
  if (parsed.empty) return { ok: true, value: undefined }
  if (!allowZero && parsed.fen === 0) return { ok: false, code: 'zero' }
  return { ok: true, value: parsed.fen }
}

const PER_YEAR = { year: 1, month: 12, day: 365 } as const

/** '18'、'18%'、'0.05％' with the unit the contract uses → a yearly fraction (日利率 × 365, 月利率 × 12). */
export function parseRateField(text: string, unit: ClaimCheckForm['rateUnit']): Parsed<number> {
  const trimmed = halfWidth(text).replace(/\s/g, '').replace(/%$/, '')
  if (trimmed === '') return { ok: true, value: undefined }
  if (!/^\d+(\.\d+)?$/.test(trimmed)) return { ok: false, code: 'bad_rate' }
  const yearly = (Number(trimmed) / 100) * PER_YEAR[unit]
  if (yearly > 10) return { ok: false, code: 'rate_too_large' }
  return { ok: true, value: Math.round(yearly * 1e8) / 1e8 }
}

function parseCount(text: string): Parsed<number> {
  const trimmed = halfWidth(text).trim().replace(/期$/, '')
  if (trimmed === '') return { ok: true, value: undefined }
  const n = Number(trimmed)
  return /^\d+$/.test(trimmed) && n >= 1 && n <= 600 ? { ok: true, value: n } : { ok: false, code: 'bad_count' }
}

const answerOf = (a: ClaimCheckForm['termsExplained']): YesNoUnsure | undefined => (a === '' ? undefined : a)

export type ClaimFormContext = { claimKind: ClaimKind; procedure: CaseRecord['procedure']; today: string; servedOn?: string }

/**
 * Everything valid becomes input; every mistake becomes an issue at its field. Fields with a
 * mistake are left out of the input, never guessed.
 */
export function claimInputFromForm(form: ClaimCheckForm, ctx: ClaimFormContext): { input: ClaimCheckInput; issues: ClaimFormIssue[] } {
  const issues: ClaimFormIssue[] = []
  const take = <T>(field: string, parsed: Parsed<T>): T | undefined => {
    if (parsed.ok) return parsed.value
    issues.push({ field, code: parsed.code })
    return undefined
  }
  const date = (field: keyof ClaimCheckForm) => take(field, parseDateField(form[field] as string, ctx.today))
  const amount = (field: keyof ClaimCheckForm, allowZero = true) => take(field, parseAmountField(form[field] as string, allowZero))

  const receivedFen = amount('receivedAmount', false)
  const receivedOn = date('receivedOn')
  if (receivedFen !== undefined && receivedOn === undefined && form.receivedOn.trim() === '') issues.push({ field: 'receivedOn', code: 'needs_date' })
  if (receivedOn !== undefined && receivedFen === undefined && form.receivedAmount.trim() === '') issues.push({ field: 'receivedAmount', code: 'needs_amount' })
  const received: Payment | undefined = receivedFen !== undefined && receivedOn !== undefined ? { on: receivedOn, fen: receivedFen } : undefined
  const notBeforeReceived = (field: string, value: string | undefined): string | undefined => {
    if (value === undefined || !receivedOn || value >= receivedOn) return value
    issues.push({ field, code: 'before_received' })
    return undefined
  }

  const repayments: Payment[] = []
  form.repayments.forEach((row, i) => {
    if (row.on.trim() === '' && row.amount.trim() === '') return
    const on = notBeforeReceived(`repayments.${i}.on`, take(`repayments.${i}.on`, parseDateField(row.on, ctx.today)))
    const fen = take(`repayments.${i}.amount`, parseAmountField(row.amount, false))
    if (row.on.trim() === '') issues.push({ field: `repayments.${i}.on`, code: 'needs_date' })
    if (row.amount.trim() === '') issues.push({ field: `repayments.${i}.amount`, code: 'needs_amount' })
    if (on !== undefined && fen !== undefined) repayments.push({ on, fen })
  })

  const count = take('scheduleCount', parseCount(form.scheduleCount))
  const installmentFen = amount('scheduleInstallment', false)
  const firstDueOn = notBeforeReceived('scheduleFirstDue', date('scheduleFirstDue'))
  const scheduleParts = [form.scheduleCount, form.scheduleInstallment, form.scheduleFirstDue].filter((t) => t.trim() !== '').length
  if (scheduleParts > 0 && scheduleParts < 3) {
    for (const field of ['scheduleCount', 'scheduleInstallment', 'scheduleFirstDue'] as const) if (form[field].trim() === '') issues.push({ field, code: 'schedule_incomplete' })
  }

  const claimed: ClaimedItems = {}
  for (const field of claimedFields) {
    const fen = amount(field)
    if (fen !== undefined) claimed[field] = fen
  }
  const asOfTyped = notBeforeReceived('claimedAsOf', date('claimedAsOf'))
  // Not typed: the service date (the complaint was counted to a day before it), else today; both only move the rate down.
  const servedFits = ctx.servedOn !== undefined && ctx.servedOn <= ctx.today && (!receivedOn || ctx.servedOn > receivedOn)
  const assumedAsOf = form.claimedAsOf.trim() === '' ? (servedFits ? ctx.servedOn : ctx.today) : undefined

  const input: ClaimCheckInput = {
    claimKind: ctx.claimKind, procedure: ctx.procedure, repayments, claimed,
    ...(received ? { received } : {}),
    ...(count !== undefined && installmentFen !== undefined && firstDueOn !== undefined ? { schedule: { count, installmentFen, firstDueOn } } : {}),
  }
  const contractAmountFen = amount('contractAmount', false)
  if (contractAmountFen !== undefined) input.contractAmountFen = contractAmountFen
  const contractOn = date('contractOn')
  if (contractOn !== undefined) input.contractOn = contractOn
  const rate = take('statedRate', parseRateField(form.statedRate, form.rateUnit))
  if (rate !== undefined) input.statedAnnualRate = rate
  if (asOfTyped !== undefined) input.claimedAsOf = asOfTyped
  else if (assumedAsOf !== undefined) { input.claimedAsOf = assumedAsOf; input.claimedAsOfAssumed = true }
  const overdueSince = notBeforeReceived('overdueSince', date('overdueSince'))
  if (overdueSince !== undefined) input.overdueSince = overdueSince
  const terms = answerOf(form.termsExplained)
  if (terms) input.termsExplained = terms
  const interestOnFees = answerOf(form.interestOnFees)
  if (interestOnFees) input.interestOnFees = interestOnFees
  return { input, issues }
}
