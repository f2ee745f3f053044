/**
 * 第 1 版（测试版）记录：平铺字段、斜杠日期（'2026/9/16'）、中文枚举、金额是“元”的字符串。
 * 这里只负责把一条 v1 记录变成 v2；失败时返回原因，由调用方隔离保存。
 */
import * as z from 'zod/mini'
import type { CaseRecord, LenderKey, ProcedureChoice } from './caseRecord'
import type { ServiceMethod } from '@/domain/deadlines'

export const v1RecordSchema = z.object({
  id: z.string().check(z.minLength(1)),
  created: z.string(),
  court: z.optional(z.string()),
  caseNo: z.optional(z.string()),
  lenderName: z.string(),
  servedDate: z.optional(z.string()),
  serviceWay: z.optional(z.enum(['签收', '邮寄', '电子', '留置', '公告'])),
  hearing: z.optional(z.string()),
  evidenceDate: z.optional(z.string()),
  procedure: z.optional(z.enum(['普通', '简易', '小额', '支付令', '不清楚'])),
  principal: z.optional(z.string())
})
export type V1Record = z.infer<typeof v1RecordSchema>

const WAYS: Record<string, ServiceMethod> = { 签收: 'direct', 邮寄: 'mail', 电子: 'electronic', 留置: 'left_at_residence', 公告: 'public_notice' }
const PROCEDURES: Record<string, ProcedureChoice> = { 普通: 'ordinary', 简易: 'simple', 小额: 'small_claims', 支付令: 'payment_order', 不清楚: 'unsure' }
/** v1 只存了名字；按名字里的关键词认回常见原告。 */
const LENDER_HINTS: [string, LenderKey][] = [['蚂蚁', 'alipay'], ['网商', 'mybank'], ['招联', 'zhaolian'], ['马上', 'mashang'], ['中银消费', 'bocfc'], ['兴业消费', 'cibfc'], ['信用卡', 'card']]

/** '2026/9/16' → '2026-09-16'；不是这种形状返回 null（日期是否存在由 v2 的校验判断）。 */
export function slashDateToIso(text: string): string | null {
  const m = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/.exec(text.trim())
  return m ? `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}` : null
}

/** '2026/10/20 9:30' → '2026-10-20T09:30'. */
function slashDateTimeToIso(text: string): string | null {
  const m = /^(\S+)\s+(\d{1,2}):(\d{2})$/.exec(text.trim())
  const day = m ? slashDateToIso(m[1]) : null
  return m && day ? `${day}T${m[2].padStart(2, '0')}:${m[3]}` : null
}

/** '12,345.6' 元 → 1234560 分。 */
function yuanToFen(text: string): number | null {
  const m = /^(\d+)(?:\.(\d{1,2}))?$/.exec(text.replace(/,/g, '').trim())
  return m ? Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0')) : null
}

export type MigrationResult = { ok: true; value: unknown } | { ok: false; reason: string }

/** 一条 v1 记录 → v2 形状（之后仍会按 v2 模式校验）。 */
export function migrateV1Record(raw: unknown): MigrationResult {
  const parsed = v1RecordSchema.safeParse(raw)
  if (!parsed.success) return { ok: false, reason: 'v1_shape' }
  const old = parsed.data
  const createdDay = slashDateToIso(old.created.split(' ')[0] ?? '')
  if (!createdDay) return { ok: false, reason: 'v1_created' }
  // v1 没有时刻，只记了日期：取北京时间当天零点（UTC 前一天 16:00）。
  const createdAt = Date.UTC(Number(createdDay.slice(0, 4)), Number(createdDay.slice(5, 7)) - 1, Number(createdDay.slice(8, 10))) - 8 * 3_600_000
  const facts: CaseRecord['facts'] = {}
  for (const [from, to] of [['servedDate', 'servedOn'], ['evidenceDate', 'evidenceDeadline']] as const) {
    const text = old[from]
    if (text === undefined || text === '') continue
    const iso = slashDateToIso(text)
    if (!iso) return { ok: false, reason: `v1_${from}` }
    facts[to] = iso
  }
  if (old.hearing) {
    const iso = slashDateTimeToIso(old.hearing)
    if (!iso) return { ok: false, reason: 'v1_hearing' }
    facts.hearingAt = iso
  }
  if (old.serviceWay) facts.serviceMethod = WAYS[old.serviceWay]
  if (facts.serviceMethod === 'public_notice' && facts.servedOn) {
    // v1 把公告日期记在 servedDate 里；v2 分开存，期限引擎会自己加 30 天（第九十五条）。
    facts.publicNoticeOn = facts.servedOn
    delete facts.servedOn
  }
  const principal = old.principal ? yuanToFen(old.principal) : null
  if (old.principal && principal === null) return { ok: false, reason: 'v1_principal' }
  const record: CaseRecord = {
    id: old.id,
    createdAt,
    updatedAt: createdAt,
    documents: ['complaint', ...(facts.hearingAt ? ['summons' as const] : []), ...(facts.evidenceDeadline ? ['evidence_notice' as const] : [])],
    procedure: PROCEDURES[old.procedure ?? '不清楚'],
    facts,
    lender: { key: LENDER_HINTS.find(([hint]) => old.lenderName.includes(hint))?.[1] ?? 'other', name: old.lenderName },
    claim: principal === null ? {} : { principal }
  }
  if (old.court) record.court = old.court
  if (old.caseNo) record.caseNumber = old.caseNo
  return { ok: true, value: record }
}
