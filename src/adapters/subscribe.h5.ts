/**
 * 订阅消息授权（H5，仅本地运行和测试）：浏览器里没有授权弹窗，这里模拟用户点了“允许”——
 * 让本地“模拟微信”给这些模板各加一次额度，并对每个模板返回 accept。
 * DEV/LOCAL ONLY: the /wx-fake/ proxy exists only in the local dev server.
 * Like the weapp version it starts its work synchronously, so callers keep the same tap discipline.
 */
import type { SubscribeResultBody } from '@/domain/reminders/reminderSchemas'
import { requestJson } from './request'
import { FAKE_WECHAT_BASE, fakeOpenid } from './wechatLogin.h5'

/** 一次调用最多 3 个模板：多数文档与 Taro 文档都写 3（§2.1）。 */
export const MAX_TEMPLATES_PER_REQUEST = 3

export type SubscribeOutcome =
  | { ok: true; results: SubscribeResultBody['results'] }
  | { ok: false; code: 'subscribe_failed'; errCode?: number }

export function requestSubscribe(templateIds: readonly string[]): Promise<SubscribeOutcome> {
  const ids = [...templateIds]
  return requestJson(FAKE_WECHAT_BASE, 'POST', '/__fake/subscribe', { body: { openid: fakeOpenid(), templateIds: ids } })
    .then((res): SubscribeOutcome => res.ok
      ? { ok: true, results: Object.fromEntries(ids.map((id) => [id, 'accept' as const])) }
      : { ok: false, code: 'subscribe_failed' })
}
