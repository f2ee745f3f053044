/**
 * 用核对诉讼请求的结果（ClaimFindings）预填要素式答辩状：每个核对点落到它支持的那一项，勾「有异议」，
 * 理由写成答辩人的话；还款情况列出每一笔；答辩依据列出所依据的规定；证据清单来自证据清单页。
 * 用户改过的项以用户的为准（services 合并），这里只给出预填。
 * The sentences come from the caller (src/i18n/claimPoints.ts), so the domain holds no UI wording.
 */
import type { ClaimFindings, ClaimPoint, Payment } from '../claims/findings'
import { formatFen } from '../money/yuanInput'
import type { AnswerForm } from './answerForms'
import { documentDate } from './format'
import type { AnswerValues } from './template'

export type EvidenceRow = { name: string; purpose: string; copies?: number }
export type PrefillSource = 'claim_check' | 'evidence'
export type Prefill = {
  answers: AnswerValues
  /** Where each pre-filled item came from. */
  sources: Record<string, PrefillSource>
  /** Items whose reasons rest on a rule marked [M] or [S]: the page shows them as 参考. */
  reference: Record<string, boolean>
}

/** Money items: objecting to any of them means the total is disputed too. */
const MONEY_ITEMS = new Set(['principal', 'interest', 'premium', 'costs', 'otherClaims'])
const MAX_LISTED_PAYMENTS = 24

function paymentLines(payments: readonly Payment[]): string[] {
  const listed = payments.slice(0, MAX_LISTED_PAYMENTS).map((p) => `${documentDate(p.on)}还款${formatFen(p.fen)}元`)
  const more = payments.length > MAX_LISTED_PAYMENTS ? `等，共${payments.length}笔，明细见还款记录` : ''
  return listed.length > 0 ? [`还款明细：${listed.join('；')}${more}。`] : []
}

function evidenceLines(rows: readonly EvidenceRow[]): string[] {
  return rows.map((row, i) => {
    const copies = row.copies && Number.isInteger(row.copies) && row.copies > 0 ? `；${row.copies}份` : ''
    return `${i + 1}.${row.name.trim()}（证明目的：${row.purpose.trim()}${copies}）`
  })
}

/**
 * The pre-filled answers for an element form.
 * @example
 * prefillAnswers(financialLoanForm, { findings, evidence: [], sentenceOf: claimPointSentence }).answers.interest
 * // { stance: 'object', text: '按中国人民银行规定的内部收益率法计算，…' }
 */
export function prefillAnswers(form: AnswerForm, input: { findings: ClaimFindings | null; evidence: readonly EvidenceRow[]; sentenceOf: (point: ClaimPoint) => string }): Prefill {
  const answers: AnswerValues = {}
  const sources: Record<string, PrefillSource> = {}
  const reference: Record<string, boolean> = {}
  const ids = new Set([...form.defence, ...form.facts].flatMap((i) => [i.id, ...(i.parts ?? []).map((p) => `${i.id}.${p.id}`)]))
  const add = (id: string, lines: string[], source: PrefillSource, stance?: 'object') => {
    if (!ids.has(id) || lines.length === 0) return
    const before = answers[id]?.text
    answers[id] = { ...(stance ? { stance } : {}), text: [...(before ? [before] : []), ...lines].join('\n') }
    sources[id] = source
  }
  const { findings } = input
  if (findings) {
    for (const point of findings.points) {
      const id = form.elementItem[point.element]
      add(id, [input.sentenceOf(point)], 'claim_check', 'object')
      if (point.reference && ids.has(id)) reference[id] = true
    }
    const repaymentsItem = form.elementItem.repayments
    if (findings.repayments.length > 0) add(repaymentsItem, paymentLines(findings.repayments), 'claim_check', 'object')
    const disputed = [...MONEY_ITEMS].some((id) => answers[id]?.stance === 'object')
    if (disputed && answers.total?.stance !== 'object') add('total', ['原告主张的标的总额应当扣除上述有异议的部分，依法重新核算。'], 'claim_check', 'object')
    const law = [...new Set(findings.points.filter((p) => !p.reference).flatMap((p) => p.basis))]
    if (law.length > 0) add('basis.law', [law.join('；')], 'claim_check')
  }
  if (input.evidence.length > 0) add('evidence', evidenceLines(input.evidence), 'evidence')
  return { answers, sources, reference }
}
