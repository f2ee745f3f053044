/**
 * Advice codes of the after-answer documents (issue 21), from the real catalogue and warning functions:
 *   fee:appeal:<fen>        the appeal fee the list shows, on `afterAnswer.claimFen`
 *   confirm:<kind>:<code>   what the page asks the user to confirm before the document is made, for
 *                           `afterAnswer.documents`' values (afterAnswerWarnings)
 * Whether a document is offered at all is the documents area's `doc:<kind>` (harness/documents.ts runs the same
 * catalogue, which holds these kinds too); the scenarios here use it.
 */
import { computeDeadlines, parseCaseFacts } from '../../../../src/domain/deadlines'
import { afterAnswerWarnings } from '../../../../src/domain/documents/afterAnswer/filing'
import { isAfterAnswerKind, type AfterAnswerKind } from '../../../../src/domain/documents/afterAnswer/kinds'
import { offerDocuments } from '../../../../src/domain/documents/catalogue'
import type { DocumentValues } from '../../../../src/domain/documents/template'
import type { ScenarioFacts } from '../scenario'

export type AfterAnswerFacts = {
  /** The amount an appeal would dispute (the claim, or what the user typed in the appeal), in fen. */
  claimFen?: number
  /** Documents being made, with the values they hold (as the renderer gets them). */
  documents?: { kind: AfterAnswerKind; fields: DocumentValues['fields'] }[]
}

export function afterAnswerAdvice(facts: ScenarioFacts, today: string): string[] {
  const parsed = parseCaseFacts(facts.case)
  if (!parsed.ok) throw new Error(`scenario facts do not parse: ${JSON.stringify(parsed.issues)}`)
  const area = (facts.afterAnswer ?? {}) as AfterAnswerFacts
  const offers = offerDocuments({ procedure: parsed.value.procedure, deadlines: computeDeadlines(parsed.value, { today }), claimFen: area.claimFen })
  const codes = offers.filter((o) => isAfterAnswerKind(o.kind) && o.status !== 'closed' && o.fee).map((o) => `fee:appeal:${o.fee?.feeFen}`)
  for (const doc of area.documents ?? []) for (const code of afterAnswerWarnings(doc.kind, doc.fields)) codes.push(`confirm:${doc.kind}:${code}`)
  return codes
}
