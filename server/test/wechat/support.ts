/** Shared set-up for tests that talk to the WeChat stand-in over HTTP. */
import { startFakeWechat, type FakeWechat, type FakeWechatOptions } from '../../src/fakeWechat/index.ts'
import { createWechatClient, type WechatClientOptions } from '../../src/wechat/client.ts'

export const HEARING_TEMPLATE = 'TPL_hearing_0001'
export const hearingKeywords = { thing1: 'thing', time2: 'time', thing3: 'thing', thing4: 'thing' } as const

/** POSTs (or GETs, when body is undefined) a /__fake control call and returns its JSON. */
export async function control<T = Record<string, unknown>>(fake: FakeWechat, path: string, body?: object): Promise<T> {
  const res = await fetch(`${fake.url}/__fake/${path}`, body === undefined ? {} : {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body),
  })
  if (!res.ok) throw new Error(`control ${path} answered ${res.status}: ${await res.text()}`)
  return (await res.json()) as T
}

/** A stand-in with the hearing template registered, and a user who accepted it `credits` times. */
export async function startWithUser(credits = 1, opts: FakeWechatOptions = {}): Promise<{ fake: FakeWechat; openid: string }> {
  const fake = await startFakeWechat(opts)
  await control(fake, 'templates', { templateId: HEARING_TEMPLATE, title: '开庭提醒', keywords: hearingKeywords })
  const { openid } = await control<{ openid: string }>(fake, 'login', {})
  if (credits > 0) await control(fake, 'subscribe', { openid, templateIds: [HEARING_TEMPLATE], count: credits })
  return { fake, openid }
}

export function clientFor(fake: FakeWechat, extra: Partial<WechatClientOptions> = {}) {
  return createWechatClient({ baseUrl: fake.url, appId: fake.state.appId, secret: fake.state.secret, ...extra })
}

export const hearingData = {
  thing1: { value: '开庭' },
  time2: { value: '2026年3月9日 09:30' },
  thing3: { value: '(2025)浙0102民初1234号' },
  thing4: { value: '杭州市西湖区人民法院' },
}
