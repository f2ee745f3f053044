/**
 * 用核对诉讼请求的结果（ClaimFindings）预填要素式答辩状：每个核对点落到它支持的那一项，勾「有异议」，
 * 理由写成答辩人的话；答辩依据列出所依据的规定；证据清单来自证据清单页。
 * 用户改过的项以用户的为准（services 合并），这里只给出预填。
 * The sentences come from the caller (src/i18n/claimPoints.ts), so the domain holds no UI wording.
 *
 * 还款情况 is not always 有异议: the complaint may already have deducted what the user repaid. Only when the
 * user says it did not is it 有异议 with 「应扣除」; when the user is not sure it is 「不确定，请原告举证」; when it
 * did, or the question is not answered yet, the repayments are listed and no box is ticked.
 */
import type { ClaimFindings, ClaimPoint, Payment } from '../claims/findings'
import { formatFen } from '../money/yuanInput'
import type { AnswerForm } from './answerForms'
import { documentDate } from './format'
import type { AnswerValues, Stance } from './template'

export type EvidenceRow = { name: string; purpose: string; copies?: number }
export type PrefillSource = 'claim_check' | 'evidence'
/** Did the complaint's figures already deduct the user's repayments? (asked on the 还款情况 item) */
export type RepaymentsReflected = 'yes' | 'no' | 'unsure'
export type Prefill = {
  answers: AnswerValues
  /** Where each pre-filled item came from. */
  sources: Record<string, PrefillSource>
  /** Items whose reasons rest on a rule marked [M] or [S]: the page shows them as 参考. */
  reference: Record<string, boolean>
  /** The claim-check points each item was filled from (the page explains some, e.g. the limitation defence). */
  points: Record<string, ClaimPoint['code'][]>
}
export type PrefillInput = {
  findings: ClaimFindings | null
  evidence: readonly EvidenceRow[]
  sentenceOf: (point: ClaimPoint) => string
  repaymentsReflected?: RepaymentsReflected
}

/** Money items: objecting to any of them (or to repayments not deducted) means the total is disputed too. */
const MONEY_ITEMS = ['principal', 'interest', 'premium', 'costs', 'otherClaims']
const MAX_LISTED_PAYMENTS = 24
const disputes = (s: Stance | undefined): boolean => s === 'object' || s === 'unsure'

function paymentLines(payments: readonly Payment[]): string[] {
  const listed = payments.slice(0, MAX_LISTED_PAYMENTS).map((p) => `${documentDate(p.on)}还款${formatFen(p.fen)}元`)
  const more = payments.length > MAX_LISTED_PAYMENTS ? `等，共${payments.length}笔，明细见还款记录` : ''
  return listed.length > 0 ? [`还款明细：${listed.join('；')}${more}。`] : []
}

/** 「1.还款记录（证明目的：证明已还款2,000元；2份）」: the purpose's own full stop would print 「。；」. */
function evidenceLines(rows: readonly EvidenceRow[]): string[] {
  return rows.map((row, i) => {
    const copies = row.copies && Number.isInteger(row.copies) && row.copies > 0 ? `；${row.copies}份` : ''
    const purpose = row.purpose.trim().replace(/[。．.；;，,、\s]+$/, '')
    return `${i + 1}.${row.name.trim()}（证明目的：${purpose}${copies}）`
  })
}

/**
 * The pre-filled answers for an element form.
 * @example
 * prefillAnswers(financialLoanForm, { findings, evidence: [], sentenceOf: claimPointSentence }).answers.interest
 * // { stance: 'object', text: '按中国人民银行规定的内部收益率法计算，…' }
 */
export function prefillAnswers(form: AnswerForm, input: PrefillInput): Prefill {
  const answers: AnswerValues = {}
  const sources: Record<string, PrefillSource> = {}
  const reference: Record<string, boolean> = {}
  const points: Record<string, ClaimPoint['code'][]> = {}
  const ids = new Set([...form.defence, ...form.facts].flatMap((i) => [i.id, ...(i.parts ?? []).map((p) => `${i.id}.${p.id}`)]))
  const add = (id: string, lines: string[], source: PrefillSource, stance?: Stance) => {
    if (!ids.has(id) || lines.length === 0) return
    const before = answers[id]
    const kept = stance ?? before?.stance
    answers[id] = { ...(kept ? { stance: kept } : {}), text: [...(before?.text ? [before.text] : []), ...lines].join('\n') }
    sources[id] = source
  }
  const { findings } = input
  if (findings) {
    const repaymentsItem = form.elementItem.repayments
    for (const point of findings.points) {
      if (point.element === 'repayments') continue
      const id = form.elementItem[point.element]
      add(id, [input.sentenceOf(point)], 'claim_check', 'object')
      if (!ids.has(id)) continue
      points[id] = [...(points[id] ?? []), point.code]
      if (point.reference) reference[id] = true
    }
    const repaymentPoints = findings.points.filter((p) => p.element === 'repayments')
    if (findings.repayments.length > 0 || repaymentPoints.length > 0) {
      const reflected = input.repaymentsReflected
      const sentences = reflected === 'no' ? repaymentPoints.map(input.sentenceOf) : []
      const stance: Stance | undefined = reflected === 'no' ? 'object' : reflected === 'unsure' ? 'unsure' : undefined
      add(repaymentsItem, [...sentences, ...paymentLines(findings.repayments)], 'claim_check', stance)
    }
    const disputed = [...MONEY_ITEMS, repaymentsItem].some((id) => disputes(answers[id]?.stance))
    if (disputed && !disputes(answers.total?.stance)) add('total', ['原告主张的标的总额应当扣除上述有异议的部分，依法重新核算。'], 'claim_check', 'object')
    const law = [...new Set(findings.points.filter((p) => !p.reference && (p.element !== 'repayments' || input.repaymentsReflected === 'no')).flatMap((p) => p.basis))]
    if (law.length > 0) add('basis.law', [law.join('；')], 'claim_check')
  }
  if (input.evidence.length > 0) add('evidence', evidenceLines(input.evidence), 'evidence')
  return { answers, sources, reference, points }
}
