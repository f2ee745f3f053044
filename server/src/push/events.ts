/**
 * 订阅消息的三种事件推送（JSON 格式），解析成统一的结构。PURE.
 * - subscribe_msg_popup_event：用户在弹窗里对每个模板 accept / reject；
 * - subscribe_msg_change_event：用户在设置里把模板设为「拒收」（目前只推送拒收）；
 * - subscribe_msg_sent_event：每条消息的下发结果（MsgID，ErrorCode 0 为成功）。
 * Pitfall (wechat-platform.md §2.2, WxJava PR #2477): in JSON, `List` is an object when there is one
 * item and an array when there are several. CreateTime and PopupScene come as numbers or strings.
 */
import { z } from 'zod'
import { parseJsonKeepingBigIntegers } from '../wechat/bigJson.ts'

const text = z.union([z.string(), z.number()]).transform(String)
const openid = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/)
const templateId = z.string().regex(/^[A-Za-z0-9_-]{1,128}$/)
/** One item or several: normalised to an array (before parsing, so errors name the field). */
const list = <T extends z.ZodType>(item: T) => z.preprocess((v) => (Array.isArray(v) ? v : [v]), z.array(item).min(1))

const base = { FromUserName: openid, CreateTime: text.pipe(z.string().regex(/^\d{1,12}$/)) }

const popupEvent = z.object({
  ...base,
  Event: z.literal('subscribe_msg_popup_event'),
  List: list(z.object({ TemplateId: templateId, SubscribeStatusString: z.string().max(32) })),
})
const changeEvent = z.object({
  ...base,
  Event: z.literal('subscribe_msg_change_event'),
  List: list(z.object({ TemplateId: templateId, SubscribeStatusString: z.string().max(32) })),
})
const sentEvent = z.object({
  ...base,
  Event: z.literal('subscribe_msg_sent_event'),
  List: list(z.object({
    TemplateId: templateId,
    MsgID: text.pipe(z.string().regex(/^\d{1,24}$/)),
    ErrorCode: text.pipe(z.string().regex(/^-?\d{1,9}$/)).transform(Number),
    ErrorStatus: z.string().max(200).default(''),
  })),
})

export type PushEvent =
  | { kind: 'popup'; openid: string; at: number; items: { templateId: string; status: string }[] }
  | { kind: 'change'; openid: string; at: number; items: { templateId: string; status: string }[] }
  | { kind: 'sent'; openid: string; at: number; items: { templateId: string; msgid: string; errorCode: number; errorStatus: string }[] }
  | { kind: 'other'; event: string }

export type ParsedPush = { ok: true; event: PushEvent } | { ok: false; reason: string }

/**
 * Reads a decrypted (or plain) push body. Events other than the three are `other` (we answer
 * success and ignore them); a malformed subscribe event is an error.
 */
export function parsePushEvent(json: string): ParsedPush {
  let raw: unknown
  try {
    raw = parseJsonKeepingBigIntegers(json)
  } catch {
    return { ok: false, reason: 'body is not JSON (configure 数据格式 JSON in the MP console)' }
  }
  const event = (raw as { Event?: unknown } | null)?.Event
  const at = (e: { CreateTime: string }) => Number(e.CreateTime) * 1000
  const fail = (r: { error: z.ZodError }) => ({ ok: false as const, reason: r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') })
  if (event === 'subscribe_msg_popup_event' || event === 'subscribe_msg_change_event') {
    const r = (event === 'subscribe_msg_popup_event' ? popupEvent : changeEvent).safeParse(raw)
    if (!r.success) return fail(r)
    const kind = event === 'subscribe_msg_popup_event' ? 'popup' : 'change'
    return { ok: true, event: { kind, openid: r.data.FromUserName, at: at(r.data), items: r.data.List.map((i) => ({ templateId: i.TemplateId, status: i.SubscribeStatusString })) } }
  }
  if (event === 'subscribe_msg_sent_event') {
    const r = sentEvent.safeParse(raw)
    if (!r.success) return fail(r)
    return {
      ok: true,
      event: {
        kind: 'sent', openid: r.data.FromUserName, at: at(r.data),
        items: r.data.List.map((i) => ({ templateId: i.TemplateId, msgid: i.MsgID, errorCode: i.ErrorCode, errorStatus: i.ErrorStatus })),
      },
    }
  }
  return { ok: true, event: { kind: 'other', event: typeof event === 'string' ? event.slice(0, 64) : 'unknown' } }
}
