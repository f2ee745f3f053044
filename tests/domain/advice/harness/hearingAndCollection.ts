/**
 * Advice codes of the hearing outline and of stopping unlawful collection (issue 21), from the real domain functions:
 *   doc:<kind>                               a document offered (documents/catalogue)
 *   outline:item:<item>:<position>           an answer item as the outline states it (hearing/outline)
 *   outline:raise:limitation | outline:raise:cap   a point the outline tells the user to raise
 *   outline:online                           the online-hearing section
 *   collection:conduct:<code>                a conduct the record shows (collection/summary)
 *   collection:rule:<conduct>:<citation>     a rule that applies to it in this case (collection/conduct rulesFor)
 *   collection:<letter|complaint>:acknowledges       the rendered document admits the debt or promises to pay
 *   collection:<letter|complaint>:neutral_clause     it says it is no acknowledgement
 *   collection:<letter|complaint>:dropped:<field>    typed words that admit the debt were left out
 */
import type { ClaimKind } from '../../../../src/domain/claims/claimKind'
import type { ClaimPoint } from '../../../../src/domain/claims/findings'
import { assessLimitation } from '../../../../src/domain/claims/limitation'
import { acknowledgingPhrases } from '../../../../src/domain/collection/acknowledgement'
import { rulesFor } from '../../../../src/domain/collection/conduct'
import { readEntry, type EntryDraft } from '../../../../src/domain/collection/entry'
import { suggestedConduct, summarizeRecord } from '../../../../src/domain/collection/summary'
import { computeDeadlines, parseCaseFacts } from '../../../../src/domain/deadlines'
import { answerFormFor } from '../../../../src/domain/documents/answerForms'
import { offerDocuments } from '../../../../src/domain/documents/catalogue'
import { readDraftFields } from '../../../../src/domain/documents/draftFields'
import { documentToText } from '../../../../src/domain/documents/plainText'
import { renderDocument } from '../../../../src/domain/documents/render'
import type { AnswerValues } from '../../../../src/domain/documents/template'
import { collectionComplaintTemplate, COMPLAINT_NOT_AN_ACKNOWLEDGEMENT } from '../../../../src/domain/documents/templates/collectionComplaint'
import { collectionLetterTemplate, NOT_AN_ACKNOWLEDGEMENT } from '../../../../src/domain/documents/templates/collectionLetter'
import { collectionRecordLine } from '../../../../src/domain/documents/templates/collectionRecordRows'
import { buildHearingOutline, type SummonsMode } from '../../../../src/domain/hearing/outline'
import type { ScenarioFacts } from '../scenario'

export type HearingFacts = { claimKind?: ClaimKind; answers?: AnswerValues; court?: string; caseNumber?: string; summons?: SummonsMode; points?: ClaimPoint[] }
export type CollectionFacts = { entries: Partial<EntryDraft>[]; creditCard?: boolean; illegalDebt?: boolean | 'unknown'; typed?: Record<string, string> }

const blankEntry: EntryDraft = { on: '', at: '', channel: '', from: '', who: '', said: '', conduct: [], thirdParties: [], thirdPartyNote: '' }
const PARTY = { name: '张三', phone: '13800000000', plaintiff: '某消费金融有限公司', court: '某人民法院', caseNumber: '（2026）浙0106民初1号' }

function offered(facts: ScenarioFacts, today: string): string[] {
  const parsed = parseCaseFacts(facts.case)
  if (!parsed.ok) return []
  return offerDocuments({ procedure: facts.case.procedure, deadlines: computeDeadlines(parsed.value, { today }) })
    .filter((o) => o.status !== 'closed').map((o) => `doc:${o.kind}`)
}

function outlineAdvice(facts: ScenarioFacts, hearing: HearingFacts): string[] {
  const outline = buildHearingOutline({
    form: answerFormFor(hearing.claimKind ?? 'financial_loan'), answers: hearing.answers ?? {}, exhibits: [], bring: [],
    points: hearing.points ?? [], limitation: facts.limitation ? assessLimitation(facts.limitation) : { status: 'unanswered' },
    court: hearing.court, caseNumber: hearing.caseNumber, summons: hearing.summons,
  })
  return [
    ...outline.items.map((i) => `outline:item:${i.id}:${i.position}`),
    ...outline.raise.map((r) => `outline:raise:${r.code}`),
    ...(outline.online ? ['outline:online'] : []),
  ]
}

function collectionAdvice(c: CollectionFacts, today: string): string[] {
  const entries = c.entries.map((e) => ({ entry: readEntry({ ...blankEntry, ...e }, today).entry, photos: 0 }))
  const summary = summarizeRecord(entries)
  const conduct = [...new Set([...summary.conduct, ...suggestedConduct(summary)])]
  const codes = conduct.flatMap((code) => [`collection:conduct:${code}`, ...rulesFor(code, { creditCard: c.creditCard === true, illegalDebt: c.illegalDebt ?? false }).map((r) => `collection:rule:${code}:${r.citation}`)])
  const choices = { thirdParties: [...summary.thirdParties], conduct: conduct.filter((x) => x !== 'third_party_contact'), channels: ['mail', 'phone', 'app'] }
  const docs = [['letter', 'collection_letter', collectionLetterTemplate, NOT_AN_ACKNOWLEDGEMENT], ['complaint', 'collection_complaint', collectionComplaintTemplate, COMPLAINT_NOT_AN_ACKNOWLEDGEMENT]] as const
  for (const [name, kind, template, clause] of docs) {
    const typed = { mailAddress: '杭州市西湖区', contactHours: '工作日9时至18时', authority: '国家金融监督管理总局', recordLine: collectionRecordLine(summary, name) ?? '', ...c.typed }
    const { fields, issues } = readDraftFields(kind, template, { fields: typed, choices })
    const text = documentToText(renderDocument(template, { fields: { ...PARTY, ...fields } }))
    if (acknowledgingPhrases(text).length > 0) codes.push(`collection:${name}:acknowledges`)
    if (text.includes(clause)) codes.push(`collection:${name}:neutral_clause`)
    codes.push(...issues.filter((i) => i.code === 'acknowledges_debt').map((i) => `collection:${name}:dropped:${i.field}`))
  }
  return codes
}

export function hearingAndCollectionAdvice(facts: ScenarioFacts, today: string): string[] {
  const hearing = facts.hearing as HearingFacts | undefined
  const collection = facts.collection as CollectionFacts | undefined
  if (!hearing && !collection) return []
  return [
    ...offered(facts, today),
    ...(hearing ? outlineAdvice(facts, hearing) : []),
    ...(collection ? collectionAdvice(collection, today) : []),
  ]
}
