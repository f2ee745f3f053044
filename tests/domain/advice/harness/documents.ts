/**
 * Advice codes of the documents (src/domain/documents), from the real domain functions:
 *   doc:<kind> / main-doc:<kind> / optional:<kind>     offerDocuments + mainTask (the answer is the main task)
 *   warn:<kind>:limitation                         promiseWarningFor (before a document that promises payment)
 *   warn:payment_order_objection:partial|charges_only   paymentOrderScope (解释第四百三十二条、第四百三十六条)
 *   jurisdiction:<chance>, jurisdiction-target:<target>  assessJurisdiction
 *   answer:<item>:<stance>                         prefillAnswers (stance 'none' when filled without a box ticked)
 *   print:<item>:has_ticked|no_ticked|asks_proof   the rendered answer (how 不确定 prints on the official form)
 *   print:payment_order_objection:limitation_defence   the rendered payment-order objection
 *   filing:<kind>:disclaimer                       the app's notice found in a document's text or .docx
 *   filing:checked                                 every kind was rendered and looked at
 */
import { strFromU8, unzipSync } from 'fflate'
import { claimKindOf } from '../../../../src/domain/claims/claimKind'
import type { ClaimFindings } from '../../../../src/domain/claims/findings'
import { assessLimitation } from '../../../../src/domain/claims/limitation'
import { computeDeadlines, parseCaseFacts } from '../../../../src/domain/deadlines'
import { answerFormFor } from '../../../../src/domain/documents/answerForms'
import { prefillAnswers, type RepaymentsReflected } from '../../../../src/domain/documents/answerPrefill'
import { mainTask, offerDocuments, OPTIONAL_KINDS } from '../../../../src/domain/documents/catalogue'
import { docKinds, type DocKind } from '../../../../src/domain/documents/docKinds'
import { documentToDocx } from '../../../../src/domain/documents/docx/docx'
import { readDraftFields } from '../../../../src/domain/documents/draftFields'
import { assessJurisdiction, type JurisdictionFacts } from '../../../../src/domain/documents/jurisdiction'
import { paymentOrderScope } from '../../../../src/domain/documents/paymentOrderScope'
import { documentToText } from '../../../../src/domain/documents/plainText'
import { promiseWarningFor } from '../../../../src/domain/documents/promiseWarning'
import { renderDocument } from '../../../../src/domain/documents/render'
import type { AnswerValues } from '../../../../src/domain/documents/template'
import { templateFor } from '../../../../src/domain/documents/templates'
import { claimPointSentence } from '../../../../src/i18n/claimPoints'
import type { ScenarioFacts } from '../scenario'

export type DocumentsFacts = {
  /** The lender, for the 案由 (claimKindOf). */
  lender?: { key: string; name: string }
  /** The payment-order objection: what is disputed (paymentOrderClaims or 'all') and the reasons. */
  paymentOrder?: { disputed: string[]; reasons: string[] }
  jurisdiction?: JurisdictionFacts
  /** Hand-made claim-check findings (the claim check is the claims area's). */
  findings?: ClaimFindings
  repaymentsReflected?: RepaymentsReflected
  /** Answers the user gave in the editor, rendered to see how they print. */
  answers?: AnswerValues
  /** Render every kind of document and look for the app's notice. */
  checkFilings?: boolean
}

const APP_WORDS = /应诉助手|不构成法律意见|仅供参考|按模板生成|12348/
const COMMON = { name: '张三', plaintiff: '某某消费金融有限公司', court: '某某区人民法院', caseNumber: '（2026）某0101民初1号', servedOn: '2026-11-20' }

function render(kind: DocKind, claimKind: ReturnType<typeof claimKindOf>, choices: Record<string, string[]>, answers?: AnswerValues) {
  const template = templateFor(kind, claimKind)
  const { fields } = readDraftFields(kind, template, { fields: {}, choices })
  return renderDocument(template, { fields: { ...COMMON, ...fields }, answers })
}

function offers(facts: ScenarioFacts, today: string): string[] {
  const parsed = parseCaseFacts(facts.case)
  if (!parsed.ok) return []
  const offered = offerDocuments({ procedure: parsed.value.procedure, deadlines: computeDeadlines(parsed.value, { today }) })
  const main = mainTask(offered)
  return [
    ...offered.filter((o) => o.status !== 'closed').map((o) => `doc:${o.kind}`),
    ...(main ? [`main-doc:${main}`] : []),
    ...offered.filter((o) => OPTIONAL_KINDS.has(o.kind)).map((o) => `optional:${o.kind}`),
  ]
}

function answerCodes(d: DocumentsFacts, claimKind: ReturnType<typeof claimKindOf>): string[] {
  const out: string[] = []
  if (d.findings) {
    const p = prefillAnswers(answerFormFor(claimKind), { findings: d.findings, evidence: [], sentenceOf: claimPointSentence, repaymentsReflected: d.repaymentsReflected })
    for (const [id, v] of Object.entries(p.answers)) out.push(`answer:${id}:${v.stance ?? 'none'}`)
  }
  if (d.answers) {
    const text = documentToText(render('answer', claimKind, {}, d.answers))
    for (const [id, v] of Object.entries(d.answers)) {
      const item = [...answerFormFor(claimKind).defence, ...answerFormFor(claimKind).facts].find((i) => i.id === id)
      if (!item || !v.stance) continue
      const block = text.slice(text.indexOf(item.heading), text.indexOf('\n', text.indexOf('事实和理由：', text.indexOf(item.heading))))
      if (/有(异议)?☑/.test(block)) out.push(`print:${id}:has_ticked`)
      if (/无(异议)?☑/.test(block)) out.push(`print:${id}:no_ticked`)
      if (block.includes('请原告举证证明')) out.push(`print:${id}:asks_proof`)
    }
  }
  return out
}

export function documentsAdvice(facts: ScenarioFacts, today: string): string[] {
  const d = (facts.documents ?? {}) as DocumentsFacts
  const claimKind = claimKindOf({ lender: d.lender ?? { key: 'alipay', name: '重庆蚂蚁消费金融有限公司' } })
  const limitation = facts.limitation ? assessLimitation(facts.limitation) : { status: 'unanswered' as const }
  const out = [...offers(facts, today), ...answerCodes(d, claimKind)]
  for (const kind of docKinds) if (promiseWarningFor(kind, limitation)) out.push(`warn:${kind}:limitation`)
  if (d.paymentOrder) {
    const scope = paymentOrderScope(d.paymentOrder.disputed, d.paymentOrder.reasons)
    if (scope.undisputed.length > 0) out.push('warn:payment_order_objection:partial')
    if (scope.chargesOnlyReasons) out.push('warn:payment_order_objection:charges_only')
    const text = documentToText(render('payment_order_objection', claimKind, { disputed: d.paymentOrder.disputed, reasons: d.paymentOrder.reasons }))
    if (text.includes('异议人提出诉讼时效抗辩')) out.push('print:payment_order_objection:limitation_defence')
  }
  if (d.jurisdiction) {
    const a = assessJurisdiction(d.jurisdiction)
    out.push(`jurisdiction:${a.chance}`, ...(a.target ? [`jurisdiction-target:${a.target}`] : []))
  }
  if (d.checkFilings) {
    out.push('filing:checked')
    for (const kind of docKinds) {
      const doc = render(kind, claimKind, {})
      const parts = Object.values(unzipSync(documentToDocx(doc))).map((p) => strFromU8(p))
      if ([documentToText(doc), ...parts].some((t) => APP_WORDS.test(t))) out.push(`filing:${kind}:disclaimer`)
    }
  }
  return out
}
