/**
 * Hostile input on every route: NUL, lone surrogates, overlong strings, wrong types, bad percent
 * encodings in the path, broken JSON, 1 MB bodies. Zero 5xx, and every error in the one shape.
 * Seeded, so a failure replays; the figures are printed.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { LightMyRequestResponse } from 'fastify'
import { seededRandom } from '../src/fakeWechat/state.ts'
import { signPush } from '../src/fakeWechat/pushSender.ts'
import { FAKE_APPID } from '../src/fakeWechat/index.ts'
import { assertErrorShape } from './helpers/errorShape.ts'
import { casePage, DEADLINE_TEMPLATE, hearingBody, startTestEnv, type TestEnv } from './helpers/env.ts'

const random = seededRandom(20260302)
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!

const nastyStrings = [
  '', 'a\u0000b', '\u0000', 'x\ud800', '\udc00x', '\udc00\ud800', '😀', '\ud83d', '半个\ud83d表情', 'A'.repeat(10_000), '法'.repeat(41),
  '\u202e反向', '\t\r\n', "'; drop table reminders; --", '{"a":1}', '\uffff\ufeff', '%00', '../../etc/passwd', '\u2028\u2029',
]
const nastyValues: unknown[] = [
  ...nastyStrings, null, true, false, 0, -1, 1.5, 9007199254740993, 1e21, -1e21, [], {}, [null], { $gt: '' },
  { __proto__: { admin: true } }, Array.from({ length: 300 }, (_, i) => i), 'x'.repeat(70_000),
]
const nastyKeys = [
  '%00', '%C0%AE%C0%AE', '%uff0e%uff0e', '%', '%E4%B8', '..%2F..%2F', 'k%00k', '%ED%A0%80', '%F0%9F%98%80', '%E5%BC%80%E5%BA%AD',
  'k'.repeat(81), 'k'.repeat(5000), '%20', 'a:b.c_d-e', '%2F', '%25', '%FF%FE', '~', 'a%23b', 'a?b=c',
]
const rawBodies = ['{', '{"a":', 'null', '[]', '"str"', '1', '{"kind":"hearing"}garbage', '\u0000', Buffer.from([0xff, 0xfe, 0x7b, 0x7d]), '{"a":"\\ud800"}', '{"a":"\\u0000"}']

/** A copy of `value` with one field (at a random depth) replaced by something hostile. */
function mutate(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || random() < 0.25) return pick(nastyValues)
  const copy: Record<string, unknown> = Array.isArray(value) ? [...value] as unknown as Record<string, unknown> : { ...value as Record<string, unknown> }
  const keys = Object.keys(copy)
  if (keys.length === 0 || random() < 0.15) { copy[pick(nastyStrings).slice(0, 50) || 'x'] = pick(nastyValues); return copy }
  const k = pick(keys)
  copy[k] = mutate(copy[k])
  return copy
}

describe(`fuzzing every route (${process.env.TEST_DB ?? 'pglite'})`, () => {
  let env: TestEnv
  let token: string
  before(async () => {
    env = await startTestEnv({ push: { token: 'fuzzToken1', plainAllowed: true } })
    env.clock.now = Date.now()
    token = (await env.login('o-fuzz')).token
  })
  after(async () => { await env.close() })

  const statuses = new Map<number, number>()
  async function check(what: string, res: LightMyRequestResponse) {
    statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1)
    assert.ok(res.statusCode < 500, `${what} → ${res.statusCode} ${res.body.slice(0, 300)}`)
    if (res.statusCode >= 400) assertErrorShape(res.body, what)
  }
  const send = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: unknown, headers: Record<string, string> = {}) =>
    env.app.inject({
      method, url, headers: { authorization: `Bearer ${token}`, ...headers },
      ...(payload === undefined ? {} : typeof payload === 'string' || Buffer.isBuffer(payload)
        ? { payload, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...headers } }
        : { payload: payload as object }),
    })

  it('answers hostile bodies, paths and queries on every route without a 5xx, in the one error shape', async (t) => {
    const validPut = { ...hearingBody({ fireAt: env.clock.now + 86_400_000, eventAt: env.clock.now + 3 * 86_400_000 }), page: casePage('c1') }
    const validConsent = { results: { [DEADLINE_TEMPLATE]: 'accept' } }
    let n = 0
    for (let i = 0; i < 150; i++) {
      await check('PUT mutated body', await send('PUT', `/v1/reminders/fz${i}`, mutate(validPut))); n++
      await check('POST consents mutated', await send('POST', '/v1/consents', mutate(validConsent))); n++
      await check('POST session mutated', await send('POST', '/v1/session', mutate({ code: 'c' }))); n++
    }
    for (const key of nastyKeys) {
      await check(`PUT key ${key.slice(0, 30)}`, await send('PUT', `/v1/reminders/${key}`, validPut)); n++
      await check(`DELETE key ${key.slice(0, 30)}`, await send('DELETE', `/v1/reminders/${key}`, {})); n++
      await check(`GET holiday since=${key.slice(0, 30)}`, await send('GET', `/v1/holiday-calendar?since=${key}`)); n++
      await check(`GET push query ${key.slice(0, 30)}`, await send('GET', `/wechat/push?signature=${key}&timestamp=${key}&nonce=${key}&echostr=${key}`)); n++
    }
    for (const raw of rawBodies) {
      for (const [method, url] of [['PUT', '/v1/reminders/raw'], ['POST', '/v1/consents'], ['POST', '/v1/session'], ['DELETE', '/v1/reminders/raw']] as const) {
        await check(`${method} ${url} raw ${String(raw).slice(0, 20)}`, await send(method, url, raw)); n++
      }
      await check(`POST push raw ${String(raw).slice(0, 20)}`, await send('POST', '/wechat/push?signature=x&timestamp=1&nonce=1', raw)); n++
    }
    // A push with a valid signature and a hostile body: the event parser, not the signature, must refuse it.
    for (let i = 0; i < 40; i++) {
      const body = JSON.stringify(mutate({ FromUserName: 'o-fuzz', CreateTime: 1, Event: pick(['subscribe_msg_popup_event', 'subscribe_msg_change_event', 'subscribe_msg_sent_event']), List: { TemplateId: DEADLINE_TEMPLATE, MsgID: '1', ErrorCode: 0, SubscribeStatusString: 'accept' } }))
      const signed = signPush({ url: 'http://x', token: 'fuzzToken1' }, FAKE_APPID, body, env.clock.now)
      await check('POST push signed hostile', await env.app.inject({ method: 'POST', url: `/wechat/push?${signed.query}`, payload: signed.body, headers: { 'content-type': 'application/json' } })); n++
    }
    const megabyte = JSON.stringify({ ...validPut, values: { ...validPut.values, title: 'x'.repeat(1_000_000) } })
    for (const [method, url] of [['PUT', '/v1/reminders/big'], ['POST', '/v1/consents'], ['POST', '/v1/session'], ['POST', '/wechat/push']] as const) {
      await check(`${method} ${url} 1 MB`, await send(method, url, megabyte)); n++
    }
    for (const url of ['/v1/templates', '/v1/credits', '/v1/reminders', '/healthz', '/v1/holiday-calendar?since=2020&since=2021', '/v1/reminders?x=%00']) {
      await check(`GET ${url}`, await send('GET', url)); n++
    }
    // Last, with a user of its own: delete-me with hostile bodies (the session is gone after the first).
    const victim = (await env.login('o-fuzz-delete')).token
    for (const raw of ['{', '[]', 'null', Buffer.from([0xff])]) {
      await check('DELETE /v1/me raw', await env.app.inject({ method: 'DELETE', url: '/v1/me', payload: raw, headers: { authorization: `Bearer ${victim}`, 'content-type': 'application/json' } })); n++
    }
    t.diagnostic(`fuzz: ${n} requests; statuses ${JSON.stringify(Object.fromEntries([...statuses].sort(([a], [b]) => a - b)))}`)
    assert.equal([...statuses.keys()].filter((s) => s >= 500).length, 0)
  })
})
