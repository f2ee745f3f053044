/**
 * Advice codes of the claim check (src/domain/claims/claimCheck.ts, conclusion.ts) and the evidence checklist's
 * limitation item (src/domain/evidence/checklist.ts), from the REAL domain functions.
 *
 * Reads `facts.claims` (a ClaimCheckInput without `limitation`; procedure and claimKind default to the case's and
 * 'financial_loan') and `facts.limitation`. Runs when either is present. Codes:
 *   claim:<pointCode>                a point for the answer (claim:<pointCode>:<answer> too for the 提示说明 points)
 *   claim-cap-excess:<yuan>          the excess over the cap as courts apply it, e.g. claim-cap-excess:1800.00
 *   claim-headline:<line>            the conclusion's first line (limitation_may_have_run, cap_excess, …)
 *   claim-conclusion:<lead>          found | none_found | nothing_checked
 *   claim-unchecked:<code>           a check that could not run
 *   claim-note:<code>                a caveat shown with the figures
 *   evidence:<itemCode>              an evidence item the checklist asks for because of these facts (demand_records)
 */
import { checkClaim } from '../../../../src/domain/claims/claimCheck'
import type { ClaimCheckInput } from '../../../../src/domain/claims/claimCheckInput'
import { claimConclusion } from '../../../../src/domain/claims/conclusion'
import { evidenceChecklist } from '../../../../src/domain/evidence/checklist'
import type { ScenarioFacts } from '../scenario'

export type ClaimsFacts = Partial<Omit<ClaimCheckInput, 'limitation'>>

export function claimsAdvice(facts: ScenarioFacts): string[] {
  const claims = facts.claims as ClaimsFacts | undefined
  if (!claims && !facts.limitation) return []
  const procedure = facts.case.procedure ?? 'ordinary'
  const input: ClaimCheckInput = {
    claimKind: 'financial_loan', procedure, repayments: [], claimed: {}, ...claims,
    ...(facts.limitation ? { limitation: facts.limitation } : {}),
  }
  const findings = checkClaim(input)
  const conclusion = claimConclusion(findings)
  const codes = findings.points.flatMap((p) => [`claim:${p.code}`, ...(p.params.answer ? [`claim:${p.code}:${p.params.answer}`] : [])])
  if (findings.cap && findings.cap.excessFen > 0) codes.push(`claim-cap-excess:${(findings.cap.excessFen / 100).toFixed(2)}`)
  if (conclusion.lines[0]) codes.push(`claim-headline:${conclusion.lines[0].code}`)
  codes.push(`claim-conclusion:${conclusion.lead}`, ...conclusion.unchecked.map((c) => `claim-unchecked:${c}`), ...(findings.notes ?? []).map((n) => `claim-note:${n}`))
  const stage = facts.case.judgmentServedOn ? 'after_judgment' : 'before_answer'
  const items = evidenceChecklist({ claimKind: input.claimKind, procedure, stage, ...(findings.limitation ? { limitation: findings.limitation.status } : {}) })
  if (items.some((i) => i.code === 'demand_records')) codes.push('evidence:demand_records')
  return codes
}
