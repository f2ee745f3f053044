/**
 * 本地保存的案件记录（第 2 版）。读的时候用 zod 校验：存储是边界，
 * 旧版本、手工改坏或写了一半的数据都可能出现。
 */
import * as z from 'zod/mini'
import { instances, procedures, serviceMethods } from '@/domain/deadlines'
import { claimKinds } from '@/domain/claims/claimKindList'
import { assignmentAnswers } from '@/domain/lifecycle/assignment'

/** 收到的法院材料：决定后面问哪些日期。 */
/** appeal_petition：对方的上诉状副本（对方上诉了，要问它的送达日）；加在最后，旧记录照常读出。 */
export const documentKinds = ['summons', 'complaint', 'response_notice', 'evidence_notice', 'payment_order', 'judgment', 'mediation_notice', 'appeal_petition'] as const
export type DocumentKind = (typeof documentKinds)[number]

/** 常见原告（出借方）。key 也用在小程序码的 scene 里（l=alipay），所以要短。 */
export const lenderKeys = ['alipay', 'mybank', 'zhaolian', 'mashang', 'bocfc', 'cibfc', 'card', 'other'] as const
export type LenderKey = (typeof lenderKeys)[number]

/** 程序：五种之一，或“不确定”（按最稳妥的假设计算）。 */
export const procedureChoices = [...procedures, 'unsure'] as const
export type ProcedureChoice = (typeof procedureChoices)[number]

/** 起诉状里的金额，单位：分（整数，避免小数误差）。 */
export const claimFields = ['principal', 'interest', 'penalty', 'liquidatedDamages', 'otherFees'] as const
export type ClaimField = (typeof claimFields)[number]

const plainDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))
const fen = z.number().check(z.int(), z.minimum(0))

export const caseFactsFieldsSchema = z.object({
  servedOn: z.optional(plainDate),
  serviceMethod: z.optional(z.enum(serviceMethods)),
  publicNoticeOn: z.optional(plainDate),
  evidenceDeadline: z.optional(plainDate),
  evidenceDays: z.optional(z.number().check(z.int())),
  hearingAt: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/))),
  judgmentServedOn: z.optional(plainDate),
  rulingServedOn: z.optional(plainDate),
  mediationStartedOn: z.optional(plainDate),
  // 案件一生（issue 10）新增的事实，都是可选的：没有它们的第 2 版记录照常读出，不需要迁移。
  /** 审级：二审（民终）判决送达即生效，没有上诉期。 */
  instance: z.optional(z.enum(instances)),
  /** 在中国境内没有住所（答辩、上诉期 30 天）。 */
  foreignParty: z.optional(z.boolean()),
  /** 对方上诉状副本的送达日。 */
  appealServedOn: z.optional(plainDate),
  /** 判决写明的履行期（天）。 */
  performanceDays: z.optional(z.number().check(z.int()))
})
export type CaseFactsFields = z.infer<typeof caseFactsFieldsSchema>

export const caseRecordSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  createdAt: z.number(),
  updatedAt: z.number(),
  documents: z.array(z.enum(documentKinds)),
  procedure: z.enum(procedureChoices),
  facts: caseFactsFieldsSchema,
  court: z.optional(z.string()),
  caseNumber: z.optional(z.string()),
  /** 用户选择“按原样保存”的案号：没有通过格式检查，不拿来推断程序。 */
  caseNumberUnchecked: z.optional(z.boolean()),
  lender: z.object({ key: z.enum(lenderKeys), name: z.string().check(z.minLength(1)) }),
  claim: z.object({
    principal: z.optional(fen),
    interest: z.optional(fen),
    penalty: z.optional(fen),
    liquidatedDamages: z.optional(fen),
    otherFees: z.optional(fen)
  }),
  /** 案由（决定答辩状表格和证据清单）；没有时按原告推断（domain/claims/claimKind.ts）。 */
  claimKind: z.optional(z.enum(claimKinds)),
  /** 从哪篇文章的小程序码进来的（归因用），例如 'art0308'。 */
  source: z.optional(z.string()),
  /** 原告是不是当初的出借方（issue 17，可选）：债权转让时要原告举证转让和通知（民法典第五百四十六条）。 */
  assignment: z.optional(z.enum(assignmentAnswers))
})
export type CaseRecord = z.infer<typeof caseRecordSchema>

export const CURRENT_VERSION = 2
/** 每个版本一个键：迁移时旧键保留到新键写成功之后才删除。 */
export const casesKey = (version: number): string => `yingsu:cases:v${version}`
export const QUARANTINE_KEY = 'yingsu:quarantine'
