/**
 * 与提醒服务的会话：登录换令牌（缓存在本地）、401 时重新登录一次、模板 id 缓存。
 * The template ids are cached because requestSubscribeMessage must open inside the tap, before
 * any network round trip: the tap handler can only use ids it already holds.
 */
import * as z from 'zod/mini'
import { now } from '@/adapters/clock'
import { apiRequest, type ApiResult, type HttpMethod, type RequestFailureCode } from '@/adapters/request'
import { appStore } from '@/adapters/storage'
import { getLoginCode } from '@/adapters/wechatLogin'
import { reminderKinds, type ReminderKind } from '@/domain/reminders/reminderSchemas'

export type ReminderFailureCode = RequestFailureCode | 'login_unavailable' | 'bad_response' | 'subscribe_failed' | 'not_ready'
export type ReminderFailure = { ok: false; code: ReminderFailureCode; serverCode?: string }

const SESSION_KEY = 'yingsu.reminderSession'
const TEMPLATES_KEY = 'yingsu.reminderTemplates'
/** Renew a little before the server's expiry so a request never races it. */
const EXPIRY_MARGIN_MS = 5 * 60_000

const sessionSchema = z.object({ token: z.string().check(z.minLength(1)), expiresAt: z.number() })
const templatesSchema = z.object({ byKind: z.record(z.string(), z.string()) })

export type TemplatesByKind = Partial<Record<ReminderKind, string>>

/** 用过提醒服务吗（有过会话）。没用过的人删案件时不必联系服务器，也不会因此在服务器上建档。 */
export function hasUsedReminders(): boolean {
  return sessionSchema.safeParse(appStore().get(SESSION_KEY)).success
}

/** 本地的令牌（过期也留着记录，见 hasUsedReminders）；force 时重新登录。 */
export async function ensureSession(force = false): Promise<{ ok: true; token: string } | ReminderFailure> {
  const saved = sessionSchema.safeParse(appStore().get(SESSION_KEY))
  if (!force && saved.success && saved.data.expiresAt - EXPIRY_MARGIN_MS > now()) return { ok: true, token: saved.data.token }
  const login = await getLoginCode()
  if (!login.ok) return login
  const res = await apiRequest('POST', '/v1/session', { body: { code: login.code } })
  if (!res.ok) return res
  const session = sessionSchema.safeParse(res.data)
  if (!session.success) return { ok: false, code: 'bad_response' }
  appStore().set(SESSION_KEY, session.data)
  return { ok: true, token: session.data.token }
}

/** 带令牌的请求；令牌失效（401）时重新登录并重试一次。 */
export async function authedRequest(method: HttpMethod, path: string, body?: unknown): Promise<ApiResult | ReminderFailure> {
  const session = await ensureSession()
  if (!session.ok) return session
  const first = await apiRequest(method, path, { body, token: session.token })
  if (first.ok || first.code !== 'unauthorized') return first
  const again = await ensureSession(true)
  if (!again.ok) return again
  return apiRequest(method, path, { body, token: again.token })
}

/** 缓存里的模板 id（同步读取：点击回调里用）。 */
export function cachedTemplates(): TemplatesByKind | undefined {
  const parsed = templatesSchema.safeParse(appStore().get(TEMPLATES_KEY))
  return parsed.success ? onlyKnownKinds(parsed.data.byKind) : undefined
}

function onlyKnownKinds(byKind: Record<string, string>): TemplatesByKind {
  const out: TemplatesByKind = {}
  for (const kind of reminderKinds) if (byKind[kind]) out[kind] = byKind[kind]
  return out
}

/**
 * 从服务器读模板 id 并缓存。页面打开时调用，让之后的点击能立即弹出授权窗口。
 * 不需要登录：只是看看案件页的人不会因此在服务器上留下任何记录。
 */
export async function refreshTemplates(): Promise<{ ok: true; byKind: TemplatesByKind } | ReminderFailure> {
  const res = await apiRequest('GET', '/v1/templates')
  if (!res.ok) return res
  const parsed = templatesSchema.safeParse(res.data)
  if (!parsed.success) return { ok: false, code: 'bad_response' }
  appStore().set(TEMPLATES_KEY, { byKind: parsed.data.byKind })
  return { ok: true, byKind: onlyKnownKinds(parsed.data.byKind) }
}

/** 忘掉本地的会话和模板（删除服务器数据之后）。 */
export function forgetSession(): void {
  appStore().remove(SESSION_KEY)
  appStore().remove(TEMPLATES_KEY)
}
