/**
 * 新建/编辑案件的草稿：每次输入都保存，重新打开表单时恢复（小程序被杀掉也不丢）。
 * 草稿里是用户敲的原文（字符串），校验在提交时做，这样写错的内容也能原样找回。
 */
import * as z from 'zod/mini'
import type { KeyValueStore } from '@/adapters/storage'
import { addToQuarantine } from './quarantine'

export const DRAFT_KEY = 'yingsu:intake-draft:v1'

// 输入框不截断（截断是悄悄改掉用户写的东西），过长的内容由表单校验在那一项下面说出来；
// 草稿要能把它原样存下、原样找回，所以这里的上限远高于任何一项的合理长度，只挡住损坏的数据。
const text = z.string().check(z.maxLength(5000))

export const intakeFormSchema = z.object({
  documents: z.array(z.string()),
  servedOn: text,
  serviceMethod: text,
  publicNoticeOn: text,
  hearingDate: text,
  hearingTime: text,
  evidenceMode: z.enum(['', 'date', 'days']),
  evidenceDeadline: text,
  evidenceDays: text,
  judgmentServedOn: text,
  rulingServedOn: text,
  mediationStartedOn: text,
  court: text,
  caseNumber: text,
  caseNumberUnchecked: z.boolean(),
  procedure: text,
  lenderKey: text,
  lenderOther: text,
  principal: text,
  interest: text,
  penalty: text,
  liquidatedDamages: text,
  otherFees: text,
  source: text,
  // 案件一生（issue 10）新增的几项：旧草稿里没有，读出时补上空值（见 loadDraft），不把旧草稿当成坏数据。
  instance: z.optional(text),
  foreignParty: z.optional(z.boolean()),
  appealServedOn: z.optional(text),
  performanceDays: z.optional(text),
  // issue 17：原告是不是当初的出借方（'' | original | assigned | unsure），旧草稿没有，读出时补空值。
  assignment: z.optional(text)
})
/** 表单的原始输入。 */
export type IntakeForm = Required<z.infer<typeof intakeFormSchema>>

/** 新增项的空值：旧草稿缺这几项时用。 */
const NEW_FIELDS_EMPTY = { instance: '', foreignParty: false, appealServedOn: '', performanceDays: '', assignment: '' }

const draftSchema = z.object({
  version: z.literal(1),
  /** 正在编辑的案件 id；新建时为 null。 */
  editingId: z.nullable(z.string()),
  step: z.number().check(z.int(), z.minimum(0), z.maximum(3)),
  form: intakeFormSchema
})
export type IntakeDraft = Omit<z.infer<typeof draftSchema>, 'version' | 'form'> & { form: IntakeForm }

/** 读草稿；没有返回 null。坏掉的草稿移到隔离区，不让它挡住新建案件。 */
export function loadDraft(store: KeyValueStore, nowMs: number): IntakeDraft | null {
  const raw = store.get(DRAFT_KEY)
  if (raw === undefined) return null
  const parsed = draftSchema.safeParse(raw)
  if (parsed.success) return { editingId: parsed.data.editingId, step: parsed.data.step, form: { ...NEW_FIELDS_EMPTY, ...parsed.data.form } }
  addToQuarantine(store, [{ at: nowMs, from: DRAFT_KEY, reason: 'draft_shape', raw }])
  store.remove(DRAFT_KEY)
  return null
}

export function saveDraft(store: KeyValueStore, draft: IntakeDraft): void {
  store.set(DRAFT_KEY, { version: 1, ...draft })
}

export function clearDraft(store: KeyValueStore): void {
  store.remove(DRAFT_KEY)
}
