/**
 * 提醒服务与小程序共用的请求结构（纯 TypeScript，zod/mini 以控制主包体积）。
 * The server validates with exactly these schemas, so the app cannot drift from the API.
 */
import * as z from 'zod/mini'
import { isStorableText } from './storableText'

/** 提醒种类：与期限引擎的 Deadline.kind 一致，外加用户自定义提醒。 */
export const reminderKinds = [
  'hearing',
  'answer',
  'payment_order_objection',
  'appeal_judgment',
  'appeal_ruling',
  'evidence',
  'jurisdiction_objection',
  'retrial',
  'mediation_end',
  'appeal_answer',
  'performance',
  'small_claims_objection',
  'custom',
] as const

export type ReminderKind = (typeof reminderKinds)[number]

export const reminderKindSchema = z.enum(reminderKinds)

/** Client-chosen business key, e.g. `case-1:hearing:T-1`; replaying the same key replaces the reminder. */
export const reminderKeySchema = z.string().check(z.regex(/^[A-Za-z0-9._:-]{1,80}$/))

/** Epoch milliseconds between 2020 and 2100: rejects seconds-instead-of-ms mistakes. */
const epochMsSchema = z.number().check(z.int(), z.gte(1577836800000), z.lte(4102444800000))

/** Field-level code on an issue whose text PostgreSQL cannot store (NUL, a lone surrogate). */
export const UNSTORABLE_TEXT = 'unstorable_text'

const storable = z.refine<string>((s) => isStorableText(s), { error: 'contains characters that cannot be stored (NUL or half of a surrogate pair)', params: { code: UNSTORABLE_TEXT } })
const shortText = (max: number) => z.string().check(z.minLength(1), z.maxLength(max), storable)

/** 消息需要的最少信息（不含当事人姓名、电话等）。eventAt 为北京时间日期或日期时间。 */
export const reminderValuesSchema = z.object({
  title: shortText(40),
  caseLabel: z.optional(shortText(40)),
  court: z.optional(shortText(40)),
  eventAt: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/)),
  note: z.optional(shortText(60)),
  daysLeft: z.optional(z.number().check(z.int(), z.gte(0), z.lte(3650))),
})

export type ReminderValues = z.infer<typeof reminderValuesSchema>

/**
 * WeChat documents no length limit for subscribeMessage.send's `page`; its other page-path
 * parameters do (wxacode.createQRCode `path`: 最大长度 128 字节), so 128 bytes is the documented
 * limit we hold to. Our pages are about 70 ('case/pages/detail/index?id=' + a case id ≤ 40).
 */
export const PAGE_MAX_BYTES = 128

/**
 * 点开提醒时打开的页面：app.json 里的页面路径（不以 / 开头）加一个查询参数，如 'case/pages/detail/index?id=c1'。
 * One parameter only: developers report that a second one is dropped on the way from a message.
 * Which paths exist is the server's check (against src/app.config.ts), not the schema's.
 */
export const reminderPageSchema = z.string().check(
  // ASCII only, so PAGE_MAX_BYTES characters are PAGE_MAX_BYTES bytes.
  z.maxLength(PAGE_MAX_BYTES),
  z.regex(/^[A-Za-z0-9_-]+(\/[A-Za-z0-9_-]+)*(\?[A-Za-z0-9_]+=[A-Za-z0-9._~-]+)?$/, {
    error: 'must be an app page path without a leading / and with at most one parameter, e.g. case/pages/detail/index?id=c1',
  }),
)

/**
 * PUT /v1/reminders/:key 的请求体。
 * fireAt: when to send; eventAt: the instant after which the reminder is pointless
 * (end of the deadline day, or the hearing start), used to close reminders missed during downtime.
 */
export const createReminderBodySchema = z
  .object({
    kind: reminderKindSchema,
    fireAt: epochMsSchema,
    eventAt: epochMsSchema,
    values: reminderValuesSchema,
    /** Where a tap on the message opens; without it the operator's template page (if any) is used. */
    page: z.optional(reminderPageSchema),
  })
  .check(
    z.refine((b) => b.fireAt <= b.eventAt, { message: 'fireAt must not be after eventAt', path: ['fireAt'] }),
  )

export type CreateReminderBody = z.infer<typeof createReminderBodySchema>

/** wx.requestSubscribeMessage 每个模板的结果值（§2.1）。 */
export const subscribeResultSchema = z.enum(['accept', 'reject', 'ban', 'filter', 'acceptWithAudio'])

export const templateIdSchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,128}$/))

/** POST /v1/consents：把 requestSubscribeMessage 的结果原样上报（去掉 errMsg 键）。 */
export const subscribeResultBodySchema = z.object({
  results: z.record(templateIdSchema, subscribeResultSchema),
})

export type SubscribeResultBody = z.infer<typeof subscribeResultBodySchema>
