/**
 * 微信登录（H5，仅本地运行和测试）：浏览器里没有 wx.login，向本地的“模拟微信”要一个 code。
 * The openid is random per browser and kept in local storage, so a reload is the same user.
 * Dev/local only: the /wx-fake/ proxy exists only in the local dev server, never in production.
 */
import { requestJson } from './request'
import { appStore } from './storage'

export type LoginCodeResult = { ok: true; code: string } | { ok: false; code: 'login_unavailable' }

/** 本地开发服务器把 /wx-fake/ 转给模拟微信。 */
export const FAKE_WECHAT_BASE = '/wx-fake'
const OPENID_KEY = 'yingsu.h5FakeOpenid'

/** 这个浏览器在模拟微信里的 openid（没有就生成一个）。 */
export function fakeOpenid(): string {
  const saved = appStore().get(OPENID_KEY)
  if (typeof saved === 'string' && /^oH5[0-9a-z]{25}$/.test(saved)) return saved
  let id = 'oH5'
  while (id.length < 28) id += Math.floor(Math.random() * 36).toString(36)
  appStore().set(OPENID_KEY, id)
  return id
}

export async function getLoginCode(): Promise<LoginCodeResult> {
  const res = await requestJson(FAKE_WECHAT_BASE, 'POST', '/__fake/login', { body: { openid: fakeOpenid() } })
  const code = res.ok ? (res.data as { code?: unknown } | undefined)?.code : undefined
  return typeof code === 'string' && code !== '' ? { ok: true, code } : { ok: false, code: 'login_unavailable' }
}
