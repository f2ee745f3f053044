/**
 * 文书草稿和当事人信息，每个案件一个键（第 1 版）。草稿里是用户敲的原文，边填边存，
 * 读的时候用 zod 校验；坏掉的记录移到隔离区（不删除原数据之前先隔离），不挡住重新填写。
 * 个人信息只有在用户选择“保存在这台手机上”时才写进来；删除案件时整个键一起删除。
 */
import * as z from 'zod/mini'
import type { KeyValueStore } from '@/adapters/storage'
import { claimKinds } from '@/domain/claims/claimKind'
import { docKinds, partyFields } from '@/domain/documents/docKinds'
import { MAX_EXHIBITS } from '@/domain/documents/afterAnswer/exhibits'
import { addToQuarantine } from './quarantine'

export const DOCUMENTS_VERSION = 1
/** One key per case, so a case's documents are written and deleted on their own. */
export const documentsKey = (caseId: string): string => `yingsu:documents:v${DOCUMENTS_VERSION}:${caseId}`

/** Long enough for several paragraphs of reasons; short enough that one case stays far below WeChat's 1 MB per key. */
const text = z.string().check(z.maxLength(5000))
/** 'unsure' (issue 17) is optional like everything added later: records written before it still load. */
const answerSchema = z.object({ stance: z.optional(z.enum(['', 'agree', 'object', 'unsure'])), text: z.optional(text) })
/**
 * One exhibit of the other side for the 质证意见 (issue 21). Stances and the common kind are plain short strings,
 * not enums, so a value a later version adds still loads (the domain drops what it does not know).
 */
const shortText = z.string().check(z.maxLength(200))
const aspectSchema = z.object({ stance: z.optional(z.string().check(z.maxLength(16))), reason: z.optional(text) })
const exhibitSchema = z.object({
  id: z.string().check(z.maxLength(32)), name: z.optional(shortText), common: z.optional(z.string().check(z.maxLength(32))), purpose: z.optional(text), opinion: z.optional(text),
  authenticity: z.optional(aspectSchema), legality: z.optional(aspectSchema), relevance: z.optional(aspectSchema),
})

export const docDraftSchema = z.object({
  fields: z.record(z.string(), text),
  choices: z.record(z.string(), z.array(z.string().check(z.maxLength(64))).check(z.maxLength(20))),
  answers: z.record(z.string(), answerSchema),
  /** The 要素式 form the user chose, when not the one the lender suggests. */
  claimKind: z.optional(z.enum(claimKinds)),
  /**
   * The limitation status the user last acknowledged the promise warning for (domain/documents/promiseWarning.ts);
   * a different status asks again. Added for issue 17, optional: older drafts load without it.
   */
  limitationAck: z.optional(z.enum(['may_have_run', 'depends_on_filing_date', 'unanswered'])),
  /** 质证意见: the other side's exhibits, as the user listed them (optional: older drafts have none). */
  exhibits: z.optional(z.array(exhibitSchema).check(z.maxLength(MAX_EXHIBITS))),
  updatedAt: z.number(),
})
export type DocDraft = z.infer<typeof docDraftSchema>
export type AnswerDraft = z.infer<typeof answerSchema>
export type ExhibitDraftRecord = z.infer<typeof exhibitSchema>

const partyShape = Object.fromEntries(partyFields.map((f) => [f, z.optional(z.string().check(z.maxLength(200)))]))
export const partySchema = z.object({ ...partyShape, eServiceContact: z.optional(z.string().check(z.maxLength(200))) })
/** 姓名、性别、出生日期…as typed; gender is '男'/'女', eService '是'/'否'. */
export type PartyDraft = Partial<Record<(typeof partyFields)[number] | 'eServiceContact', string>>

const recordSchema = z.object({
  version: z.literal(DOCUMENTS_VERSION),
  drafts: z.partialRecord(z.enum(docKinds), docDraftSchema),
  /** Only present when the user chose to keep the details on this phone. */
  party: z.optional(partySchema),
  keepParty: z.boolean(),
})
export type CaseDocuments = Omit<z.infer<typeof recordSchema>, 'version' | 'party'> & { party?: PartyDraft }

export const emptyCaseDocuments = (): CaseDocuments => ({ drafts: {}, keepParty: true })

/** The documents of a case; a record that does not parse is quarantined and an empty one returned. */
export function loadCaseDocuments(store: KeyValueStore, caseId: string, nowMs: number): CaseDocuments {
  const key = documentsKey(caseId)
  const raw = store.get(key)
  if (raw === undefined) return emptyCaseDocuments()
  const parsed = recordSchema.safeParse(raw)
  if (parsed.success) {
    const { drafts, party, keepParty } = parsed.data
    return { drafts, keepParty, ...(party ? { party: party as PartyDraft } : {}) }
  }
  addToQuarantine(store, [{ at: nowMs, from: key, reason: `documents_shape:${parsed.error.issues[0]?.path.join('.') ?? ''}`, raw }])
  store.remove(key)
  return emptyCaseDocuments()
}

/** Writes a case's documents; the party details only when the user keeps them. */
export function saveCaseDocuments(store: KeyValueStore, caseId: string, docs: CaseDocuments): void {
  const { drafts, keepParty, party } = docs
  store.set(documentsKey(caseId), { version: DOCUMENTS_VERSION, drafts, keepParty, ...(keepParty && party ? { party } : {}) })
}

/** Removes every draft and the party details of a case. */
export function removeCaseDocuments(store: KeyValueStore, caseId: string): void {
  store.remove(documentsKey(caseId))
}
