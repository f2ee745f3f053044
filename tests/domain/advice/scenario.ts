/**
 * The advice golden set: scenarios written from the law, not from the code. Facts in; the advice codes that
 * must appear and those that must not. Each area (limitation, claims, documents, lifecycle …) owns one harness
 * module that turns the facts it reads into codes, and one scenario file; `adviceFor` unions the areas.
 *
 * Advice codes are namespaced strings, so a scenario can say what must and must not be on screen:
 *   limitation:<status>            assessLimitation (may_have_run, depends_on_filing_date, not_run, unanswered)
 *   next:<code>                    the timeline's next step (lifecycle/nextStep)
 *   help:<deadlineKind>:<code>     what can still be done after a missed deadline (lifecycle/missedDeadlineHelp)
 *   doc:<kind>                     a document offered (open or late) in the documents list
 *   warn:<docKind>:<code>          a warning shown before a document is made
 *   answer:<item>:<choice>         a prefilled answer-form item
 *   claim:<code>                   a point of the claim check
 *   lifecycle (harness/lifecycle.ts): next-kind:<kind>, main:<kind>, first-card:<kind>, deadline:<kind>,
 *   due:<kind>:<date>, stage:<code>:<variant>, retrial:<code>, after:<effect>, enforce:<code>, note:<code>,
 *   cite:<code>:<article>
 *   documents (harness/documents.ts): main-doc:<kind> (the one primary document), optional:<kind>
 *   after the answer (harness/afterAnswer.ts): fee:appeal:<fen> (the appeal fee the list shows), confirm:<kind>:<code>
 *   (what the page asks the user to confirm before a filing that admits or waives something is made)
 * Two areas never share a prefix (a shared one would let one area's code satisfy the other's scenario).
 * Areas add their own prefixes; say them here when you do.
 */
import type { CaseFacts } from '../../../src/domain/deadlines'
import type { LimitationFacts } from '../../../src/domain/claims/limitation'

export type ScenarioFacts = {
  /** The engine's facts (procedure, instance, service dates, hearing, judgment …). */
  case: CaseFacts
  /** The limitation questions (claim check / checklist). */
  limitation?: LimitationFacts
  /** Facts other areas read; each harness parses the part it owns. */
  [area: string]: unknown
}

export type AdviceScenario = {
  id: string
  /** Who wrote the scenario and from what: the README's table lists it. */
  author: string
  /** The articles the expectation rests on, as cited to users (e.g. 「民事诉讼法第一百六十五条」). */
  restsOn: readonly string[]
  /** One sentence: what a lawyer reading the facts would say. */
  summary: string
  /** Beijing date the user looks at the app. */
  today: string
  facts: ScenarioFacts
  must: readonly string[]
  mustNot: readonly string[]
}
