/**
 * 提醒的用例：授权、把案件的提醒同步到服务器、取消、读状态、删除服务器上的一切。
 * Only what a reminder needs leaves the phone: kind, times, title, 案号, court (planCaseReminders).
 * Never the user's name, phone number, amounts or the case record.
 */
import * as z from 'zod/mini'
import { requestSubscribe, MAX_TEMPLATES_PER_REQUEST } from '@/adapters/subscribe'
import type { Deadline } from '@/domain/deadlines'
import { createReminderBodySchema, type ReminderKind, type SubscribeResultBody } from '@/domain/reminders/reminderSchemas'
import type { ReminderStateName } from '@/i18n/reminders'
import { caseIdOfKey, planCaseReminders, type CaseLabels } from './reminderPlan'
import { authedRequest, cachedTemplates, forgetSession, hasUsedReminders, refreshTemplates, type ReminderFailure, type TemplatesByKind } from './reminderSession'

export { ensureSession, hasUsedReminders } from './reminderSession'
export type { ReminderFailure, ReminderFailureCode } from './reminderSession'

/** 页面打开时调用：登录并缓存模板 id，之后的点击才能立即弹出授权窗口。 */
export function prepareReminders(): Promise<{ ok: true; byKind: TemplatesByKind } | ReminderFailure> {
  return refreshTemplates()
}

/** 这些种类要请求的模板 id：去重、按给定顺序（重要的在前）、最多 3 个。 */
export function templateIdsFor(kinds: readonly ReminderKind[], byKind: TemplatesByKind): string[] {
  const ids = kinds.map((k) => byKind[k]).filter((id): id is string => typeof id === 'string')
  return [...new Set(ids)].slice(0, MAX_TEMPLATES_PER_REQUEST)
}

export type ConsentResult = { ok: true; accepted: number; asked: number } | ReminderFailure

/**
 * 在点击回调里第一个调用（之前不能 await 任何东西）：同步地弹出授权窗口，然后把结果报给服务器。
 * Not async on purpose: the subscribe adapter is called before this function returns.
 * Without cached template ids it cannot ask (`not_ready`) and starts loading them for next time.
 */
export function requestConsentOnTap(kinds: readonly ReminderKind[]): Promise<ConsentResult> {
  const byKind = cachedTemplates()
  const ids = byKind ? templateIdsFor(kinds, byKind) : []
  if (ids.length === 0) {
    void refreshTemplates()
    return Promise.resolve({ ok: false, code: 'not_ready' })
  }
  const asked = requestSubscribe(ids)
  return asked.then(async (outcome): Promise<ConsentResult> => {
    if (!outcome.ok) return { ok: false, code: 'subscribe_failed' }
    const results: SubscribeResultBody['results'] = outcome.results
    const accepted = Object.values(results).filter((r) => r === 'accept' || r === 'acceptWithAudio').length
    if (Object.keys(results).length > 0) {
      const res = await authedRequest('POST', '/v1/consents', { results })
      if (!res.ok) {
        if (res.serverCode === 'unknown_template') void refreshTemplates() // the operator changed templates
        return res
      }
    }
    return { ok: true, accepted, asked: ids.length }
  })
}

const CANCELLABLE: ReadonlySet<string> = new Set(['scheduled', 'sending', 'needs_consent', 'failed'])
/** PUT answers that mean "this one cannot be scheduled", not "the service is broken". */
const SKIPPABLE: ReadonlySet<string> = new Set(['event_in_past', 'no_template_for_kind', 'unsendable_values', 'unknown_page'])
/** PUT 的 422：这个用户在这类提醒上已排了服务允许的最多条数（REMINDER_PENDING_CAP），页面要说清楚。 */
export const TOO_MANY_REMINDERS = 'too_many_reminders'

const reminderViewSchema = z.object({
  key: z.string(), kind: z.string(), state: z.string(), fireAt: z.number(), eventAt: z.number(),
  values: z.object({ title: z.string() }),
  // Older servers send neither.
  deliveryConfirmedAt: z.optional(z.nullable(z.number())),
})
// Older servers answer one page with no nextCursor.
const remindersSchema = z.object({ reminders: z.array(reminderViewSchema), nextCursor: z.optional(z.nullable(z.string())) })
/** The server caps pending reminders per template (100 by default) and pages by 200: a few pages at most. */
const MAX_PAGES = 50
const creditsSchema = z.object({
  credits: z.array(z.object({ templateId: z.string(), credits: z.number(), pending: z.number(), turnedOff: z.optional(z.boolean()) })),
})

export interface ServerReminder {
  key: string
  kind: string
  title: string
  fireAt: number
  eventAt: number
  /** probably_delivered: sent before a restart; WeChat says the 允许 was used, so it most likely arrived. */
  state: ReminderStateName
  /** WeChat confirmed it reached the user (only when the service has 消息推送). */
  deliveryConfirmed: boolean
}

/** 服务器上这个用户的全部提醒：按页读（GET /v1/reminders 的 nextCursor），直到最后一页。 */
export async function listServerReminders(): Promise<{ ok: true; reminders: ServerReminder[] } | ReminderFailure> {
  const reminders: ServerReminder[] = []
  let cursor: string | null | undefined
  for (let page = 0; page < MAX_PAGES; page++) {
    const res = await authedRequest('GET', cursor ? `/v1/reminders?cursor=${encodeURIComponent(cursor)}` : '/v1/reminders')
    if (!res.ok) return res
    const parsed = remindersSchema.safeParse(res.data)
    if (!parsed.success) return { ok: false, code: 'bad_response' }
    for (const r of parsed.data.reminders) {
      reminders.push({
        key: r.key, kind: r.kind, title: r.values.title, fireAt: r.fireAt, eventAt: r.eventAt,
        state: r.state as ReminderStateName, deliveryConfirmed: typeof r.deliveryConfirmedAt === 'number',
      })
    }
    cursor = parsed.data.nextCursor
    if (!cursor) return { ok: true, reminders }
  }
  return { ok: false, code: 'bad_response' }
}

async function cancelKeys(keys: readonly string[]): Promise<{ ok: true; cancelled: number } | ReminderFailure> {
  let cancelled = 0
  for (const key of keys) {
    const res = await authedRequest('DELETE', `/v1/reminders/${encodeURIComponent(key)}`)
    if (res.ok) cancelled++
    else if (res.serverCode !== 'reminder_not_found') return res
  }
  return { ok: true, cancelled }
}

export type SyncResult = { ok: true; scheduled: number; cancelled: number; skipped: string[] } | ReminderFailure

/** 把一个案件的提醒同步到服务器：计划中的逐条创建或替换（幂等），不再计划的取消。 */
export async function syncCaseReminders(caseId: string, deadlines: readonly Deadline[], labels: CaseLabels, nowMs: number): Promise<SyncResult> {
  const plan = planCaseReminders(caseId, deadlines, labels, nowMs)
  let scheduled = 0
  const skipped: string[] = []
  for (const p of plan) {
    const body = { kind: p.kind, fireAt: p.fireAt, eventAt: p.eventAt, values: p.values, page: p.page }
    // The server parses with the same schema: what it would refuse is skipped here, not sent.
    if (!createReminderBodySchema.safeParse(body).success) { skipped.push(p.key); continue }
    const res = await authedRequest('PUT', `/v1/reminders/${encodeURIComponent(p.key)}`, body)
    if (res.ok) scheduled++
    else if (res.serverCode && SKIPPABLE.has(res.serverCode)) skipped.push(p.key)
    else return res
  }
  const listed = await listServerReminders()
  if (!listed.ok) return listed
  const planned = new Set(plan.map((p) => p.key))
  const stale = listed.reminders.filter((r) => caseIdOfKey(r.key) === caseId && !planned.has(r.key) && CANCELLABLE.has(r.state))
  const cancelled = await cancelKeys(stale.map((r) => r.key))
  if (!cancelled.ok) return cancelled
  return { ok: true, scheduled, cancelled: cancelled.cancelled, skipped }
}

/**
 * 打开或修改案件后调用：只有这个案件已经在服务器上排过提醒时，才按新的期限重新同步。
 * 没开过提醒的案件（和从没用过提醒的人）不会因此被上传。
 */
export async function refreshCaseReminders(caseId: string, deadlines: readonly Deadline[], labels: CaseLabels, nowMs: number): Promise<SyncResult | { ok: true; skippedBecause: 'not_enabled' }> {
  if (!hasUsedReminders()) return { ok: true, skippedBecause: 'not_enabled' }
  const listed = await listServerReminders()
  if (!listed.ok) return listed
  if (!listed.reminders.some((r) => caseIdOfKey(r.key) === caseId)) return { ok: true, skippedBecause: 'not_enabled' }
  return syncCaseReminders(caseId, deadlines, labels, nowMs)
}

/** 删除案件时调用：取消这个案件尚未发送的提醒。从没用过提醒的人不联系服务器。 */
export async function cancelCaseReminders(caseId: string): Promise<{ ok: true; cancelled: number } | ReminderFailure> {
  if (!hasUsedReminders()) return { ok: true, cancelled: 0 }
  const listed = await listServerReminders()
  if (!listed.ok) return listed
  return cancelKeys(listed.reminders.filter((r) => caseIdOfKey(r.key) === caseId && CANCELLABLE.has(r.state)).map((r) => r.key))
}

export interface CreditLine {
  templateId: string
  /** 这个模板服务的提醒种类（重要的在前） */
  kinds: ReminderKind[]
  credits: number
  pending: number
  /** 用户在微信的设置里关掉了这类提醒：再点“允许”也不会弹窗，要先在设置里打开 */
  turnedOff: boolean
}

export type ReminderStatus = { ok: true; enabled: boolean; credits: CreditLine[]; reminders: ServerReminder[] } | ReminderFailure

/** 设置页：每个模板还剩几次额度、已安排的提醒及其状态。 */
export async function loadReminderStatus(): Promise<ReminderStatus> {
  const templates = await refreshTemplates()
  if (!templates.ok) return templates
  const res = await authedRequest('GET', '/v1/credits')
  if (!res.ok) return res
  const parsed = creditsSchema.safeParse(res.data)
  if (!parsed.success) return { ok: false, code: 'bad_response' }
  const listed = await listServerReminders()
  if (!listed.ok) return listed
  const byTemplate = new Map<string, ReminderKind[]>()
  for (const [kind, id] of Object.entries(templates.byKind) as [ReminderKind, string][]) byTemplate.set(id, [...(byTemplate.get(id) ?? []), kind])
  const creditOf = new Map(parsed.data.credits.map((c) => [c.templateId, c]))
  const credits = [...byTemplate].map(([templateId, kinds]) => ({
    templateId, kinds, credits: creditOf.get(templateId)?.credits ?? 0, pending: creditOf.get(templateId)?.pending ?? 0,
    turnedOff: creditOf.get(templateId)?.turnedOff ?? false,
  }))
  return { ok: true, enabled: credits.some((c) => c.credits > 0), credits, reminders: listed.reminders }
}

/** “删除服务器上关于我的全部数据”：DELETE /v1/me，然后忘掉本地会话。 */
export async function deleteEverythingOnServer(): Promise<{ ok: true } | ReminderFailure> {
  if (!hasUsedReminders()) return { ok: true }
  const res = await authedRequest('DELETE', '/v1/me')
  if (!res.ok) return res
  forgetSession()
  return { ok: true }
}
