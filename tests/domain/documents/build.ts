/** Renders a document the way the services do: common fields + the draft read by its template. */
import type { ClaimKind } from '../../../src/domain/claims/claimKind'
import type { ClaimedItems } from '../../../src/domain/claims/findings'
import type { DocKind } from '../../../src/domain/documents/docKinds'
import { readDraftFields, type DraftFields } from '../../../src/domain/documents/draftFields'
import { renderDocument } from '../../../src/domain/documents/render'
import type { RenderedDocument } from '../../../src/domain/documents/rendered'
import type { AnswerValues } from '../../../src/domain/documents/template'
import { templateFor } from '../../../src/domain/documents/templates'

export function build(kind: DocKind, claimKind: ClaimKind, common: Record<string, string>, draft: DraftFields, extra: { answers?: AnswerValues; claimed?: ClaimedItems } = {}): RenderedDocument {
  const template = templateFor(kind, claimKind)
  const { fields, issues } = readDraftFields(kind, template, draft)
  if (issues.length > 0) throw new Error(`fixture draft for ${kind} has issues: ${JSON.stringify(issues)}`)
  return renderDocument(template, { fields: { ...common, ...fields }, ...extra })
}

/** Anything that would show a template or a bug instead of the user's words. */
export const LEAKS = /undefined|NaN|null|\[object|\{\{|\}\}|\$\{|function|=>/
