/**
 * Advice codes of the case's life (src/domain/lifecycle): what the timeline shows for the facts, from the real
 * functions. Codes (scenario.ts lists the namespaces):
 *   next:<code>, next-kind:<deadlineKind>   the next step (and the deadline it names)
 *   main:<kind>                             the one deadline the home card shows (mainDeadline)
 *   first-card:<kind>                       the first card on the case page (displayOrder of the open deadlines)
 *   deadline:<kind>, due:<kind>:<date>      a deadline the engine computes, and its legal last day
 *   stage:<code>:<variant>                  a stage of the strip with its variant
 *   help:<kind>:<code>                      what can still be done after a deadline of that kind passed
 *   retrial:<code>                          the retrial guide under an open retrial deadline
 *   after:<effect>, enforce:<code>          the after-judgment card
 *   note:<code>                             the lines under the next step (limitation, assignment)
 *   cite:<code>:<article>                   an article cited under that advice (help, retrial, enforcement, note)
 */
import { computeDeadlines } from '../../../../src/domain/deadlines'
import { assessLimitation } from '../../../../src/domain/claims/limitation'
import {
  afterJudgment, assignmentStatus, caseStages, displayOrder, mainDeadline, missedDeadlineHelp, nextStep, retrialGuide, timelineNotes,
  type AssignmentAnswer,
} from '../../../../src/domain/lifecycle/lifecycle'
import type { ScenarioFacts } from '../scenario'

/** What the lifecycle area reads besides the engine's facts: the plaintiff and the intake's assignment answer. */
export type LifecycleScenarioFacts = { plaintiff?: string; assignment?: AssignmentAnswer }

const cites = (items: readonly { code: string; basis: readonly string[] }[]): string[] => items.flatMap((i) => i.basis.map((b) => `cite:${i.code}:${b}`))

export function lifecycleAdvice(facts: ScenarioFacts, today: string): string[] {
  const own = (facts.lifecycle ?? {}) as LifecycleScenarioFacts
  const deadlines = computeDeadlines(facts.case, { today })
  const open = deadlines.filter((d) => d.due >= today)
  const out: string[] = []
  const next = nextStep(facts.case, deadlines, today)
  out.push(`next:${next.code}`)
  if (next.params.kind) out.push(`next-kind:${next.params.kind}`)
  const main = mainDeadline(open)
  if (main) out.push(`main:${main.kind}`)
  const first = displayOrder(open)[0]
  if (first) out.push(`first-card:${first.kind}`)
  for (const d of deadlines) out.push(`deadline:${d.kind}`, `due:${d.kind}:${d.due}`)
  for (const s of caseStages(facts.case, deadlines, today)) if (s.variant) out.push(`stage:${s.code}:${s.variant}`)
  for (const d of deadlines.filter((x) => x.due < today)) {
    const help = missedDeadlineHelp(d.kind, facts.case)
    out.push(...help.map((h) => `help:${d.kind}:${h.code}`), ...cites(help))
  }
  if (open.some((d) => d.kind === 'retrial')) {
    const guide = retrialGuide(facts.case)
    out.push(...guide.map((g) => `retrial:${g.code}`), ...cites(guide))
  }
  const after = afterJudgment(facts.case, deadlines)
  if (after) out.push(`after:${after.effect}`, ...after.enforcement.map((e) => `enforce:${e.code}`), ...cites(after.enforcement))
  const limitation = facts.limitation ? assessLimitation(facts.limitation) : undefined
  const notes = timelineNotes(facts.case, deadlines, today, { limitation, assignment: assignmentStatus(own.assignment, own.plaintiff ?? '') })
  out.push(...notes.map((n) => `note:${n.code}`), ...cites(notes))
  return out
}
