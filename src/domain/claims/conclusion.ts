/**
 * The claim check's conclusion, first on the page: one sentence and the figure that matters, then the other
 * findings in one line each, then what could not be checked. Order: the limitation defence (it can defeat the
 * whole claim), the amount above the cap in yuan, the principal not received, then the count of other points.
 */
import type { ClaimFindings, Fen, UncheckedCode } from './findings'

export type ConclusionLine =
  | { code: 'limitation_may_have_run'; ranOn: string; filingDateKnown: boolean }
  | { code: 'limitation_depends_on_filing_date'; ranOn: string }
  | { code: 'cap_excess'; excessFen: Fen; capRate: number; reference: boolean }
  | { code: 'received_less'; differenceFen: Fen }
  | { code: 'other_points'; count: number }

export type ClaimConclusion = {
  /** found: at least one line; none_found: checked something, found nothing; nothing_checked: no check could run. */
  lead: 'found' | 'none_found' | 'nothing_checked'
  lines: ConclusionLine[]
  unchecked: UncheckedCode[]
}

const HEADLINE_POINTS = new Set(['limitation_may_have_run', 'interest_above_cap_as_applied', 'received_less_than_principal'])
/** Checks that run on anything typed at all (items add up, fees, 律师费 …) are not counted as "something checked". */
const CORE_CHECKS: readonly UncheckedCode[] = ['received', 'cap', 'limitation']

/**
 * @example claimConclusion({ …, points: [], unchecked: ['received', 'cap', 'limitation', 'repayments', 'disclosure'] })
 * // { lead: 'nothing_checked', lines: [], unchecked: [...] }
 */
export function claimConclusion(findings: ClaimFindings): ClaimConclusion {
  const unchecked = findings.unchecked ?? []
  const lines: ConclusionLine[] = []
  const limitation = findings.limitation
  if (limitation?.status === 'may_have_run') lines.push({ code: 'limitation_may_have_run', ranOn: limitation.ranOn, filingDateKnown: limitation.filingDateKnown })
  if (limitation?.status === 'depends_on_filing_date') lines.push({ code: 'limitation_depends_on_filing_date', ranOn: limitation.ranOn })
  const cap = findings.cap
  if (cap && cap.excessFen > 0) lines.push({ code: 'cap_excess', excessFen: cap.excessFen, capRate: cap.rates[cap.rates.length - 1].rate, reference: cap.reference })
  const received = findings.points.find((p) => p.code === 'received_less_than_principal')
  if (received) lines.push({ code: 'received_less', differenceFen: Number(received.params.differenceFen) })
  const others = findings.points.filter((p) => !HEADLINE_POINTS.has(p.code)).length
  if (others > 0) lines.push({ code: 'other_points', count: others })
  if (lines.length > 0) return { lead: 'found', lines, unchecked }
  const nothing = CORE_CHECKS.every((c) => unchecked.includes(c)) && findings.points.length === 0
  return { lead: nothing ? 'nothing_checked' : 'none_found', lines, unchecked }
}
