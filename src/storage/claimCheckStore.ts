/**
 * 核对诉讼请求的输入，按用户敲的原文保存（字符串）：写错的内容也能原样找回，校验在使用时做
 * （services/claimCheckForm.ts、services/limitationForm.ts）。一个案件一个键，删除案件时整键删除。
 * 诉讼时效的回答（issue 17）是可选的 `limitation`：之前保存的记录没有它，照常读出。
 */
import * as z from 'zod/mini'
import type { KeyValueStore } from '@/adapters/storage'
import { addToQuarantine } from './quarantine'

const text = z.string().check(z.maxLength(200))
const answer = z.enum(['', 'yes', 'no', 'unsure'])

export const MAX_REPAYMENT_ROWS = 120

/** A date the user may or may not remember: '' not answered, 'date' (then `on`), 'none' (never / no), 'unsure'. */
const remembered = z.object({ choice: z.enum(['', 'date', 'none', 'unsure']), on: text })

/** 诉讼时效的几个问题（services/limitationForm.ts 把它变成 LimitationFacts）. */
export const limitationFormSchema = z.object({
  /** 最后一期的还款日；信用卡是最后一期账单的到期还款日. */
  lastDueOn: text,
  lastRepayment: remembered,
  /** 最后一次催收「到达」你. */
  lastDemand: remembered,
  /** 最后一次同意还款、申请分期或延期. */
  lastPromise: remembered,
  /** 立案日期（受理通知书上有），可以不填. */
  filedOn: text,
})
export type LimitationForm = z.infer<typeof limitationFormSchema>
export type RememberedForm = LimitationForm['lastRepayment']

export const claimCheckFormSchema = z.object({
  receivedAmount: text,
  receivedOn: text,
  contractAmount: text,
  contractOn: text,
  statedRate: text,
  /** 合同写的是年利率、月利率还是日利率. */
  rateUnit: z.enum(['year', 'month', 'day']),
  scheduleCount: text,
  scheduleInstallment: text,
  scheduleFirstDue: text,
  repayments: z.array(z.object({ on: text, amount: text })).check(z.maxLength(MAX_REPAYMENT_ROWS)),
  principal: text,
  interest: text,
  penalty: text,
  liquidatedDamages: text,
  serviceFees: text,
  enforcementCosts: text,
  other: text,
  total: text,
  claimedAsOf: text,
  overdueSince: text,
  termsExplained: answer,
  interestOnFees: answer,
  /** Added for issue 17; absent in records saved before it. */
  limitation: z.optional(limitationFormSchema),
})
export type ClaimCheckForm = z.infer<typeof claimCheckFormSchema>

export const claimCheckKey = (caseId: string): string => `yingsu:claim-check:v1:${caseId}`

const recordSchema = z.object({ version: z.literal(1), form: claimCheckFormSchema })

/** 读保存的输入；没有为 null。坏掉的记录移到隔离区，页面从空表单开始。 */
export function loadClaimCheckForm(store: KeyValueStore, caseId: string, nowMs: number): ClaimCheckForm | null {
  const key = claimCheckKey(caseId)
  const raw = store.get(key)
  if (raw === undefined) return null
  const parsed = recordSchema.safeParse(raw)
  if (parsed.success) return parsed.data.form
  addToQuarantine(store, [{ at: nowMs, from: key, reason: `claim_check_shape:${parsed.error.issues[0]?.path.join('.') ?? ''}`, raw }])
  store.remove(key)
  return null
}

export function saveClaimCheckForm(store: KeyValueStore, caseId: string, form: ClaimCheckForm): void {
  store.set(claimCheckKey(caseId), { version: 1, form })
}

export function deleteClaimCheckForm(store: KeyValueStore, caseId: string): void {
  store.remove(claimCheckKey(caseId))
}
