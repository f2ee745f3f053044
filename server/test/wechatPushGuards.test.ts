/**
 * Issue 18, 消息推送 under attack: plain mode only by name, the query checked before the body is
 * read, (timestamp, nonce) bound to one body, forged bodies refused, refusals logged and limited,
 * and a push that cannot be stored answered so that WeChat retries it.
 */
import assert from 'node:assert/strict'
import { Writable } from 'node:stream'
import { after, before, describe, it } from 'node:test'
import type { FastifyInstance } from 'fastify'
import type { KyselyPlugin } from 'kysely'
import { buildApp } from '../src/app.ts'
import { eventJson, signPush, type FakePushTarget } from '../src/fakeWechat/pushSender.ts'
import { FAKE_APPID } from '../src/fakeWechat/index.ts'
import { HEARING_TEMPLATE, startTestEnv, templates, type TestEnv } from './helpers/env.ts'

const DB = process.env.TEST_DB ?? 'pglite'
const TOKEN = 'guardToken123'
const AES_KEY = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG'

const popup = (openid: string, nowMs: number) => eventJson(openid, 'gh_x', 'subscribe_msg_popup_event',
  [{ TemplateId: HEARING_TEMPLATE, SubscribeStatusString: 'accept', PopupScene: '0' }], Math.floor(nowMs / 1000))
const turnOff = (openid: string, nowMs: number) => eventJson(openid, 'gh_x', 'subscribe_msg_change_event',
  [{ TemplateId: HEARING_TEMPLATE, SubscribeStatusString: 'reject' }], Math.floor(nowMs / 1000))

/** A Fastify app over the env's database (optionally wrapped), logging warn and above into `lines`. */
async function pushApp(env: TestEnv, push: { token: string; aesKey?: string; plainAllowed?: boolean; refusalsPerMinute?: number }, db = env.tdb.db) {
  const lines: Record<string, unknown>[] = []
  const stream = new Writable({ write(chunk, _enc, done) { lines.push(JSON.parse(String(chunk))); done() } })
  const app = await buildApp({
    db, wechat: env.wechat, now: () => env.clock.now, templates, appPages: env.appPages, sessionTtlMs: 86_400_000,
    rateLimits: { perSession: 1e6, loginPerAddress: 1e6, perAddress: 1e6 }, holidays: { bundled: [] },
    push, appId: FAKE_APPID, logger: { level: 'warn', stream },
  })
  return { app, lines }
}

const post = (app: FastifyInstance, query: URLSearchParams | string, body: string, remoteAddress = '203.0.113.9') =>
  app.inject({ method: 'POST', url: `/wechat/push?${query}`, payload: body, headers: { 'content-type': 'application/json' }, remoteAddress })

describe(`消息推送 guards (${DB})`, () => {
  let env: TestEnv
  before(async () => {
    env = await startTestEnv()
    env.clock.now = Date.now()
  })
  after(async () => { await env.close() })

  const creditsOf = async (openid: string) => {
    const row = await env.tdb.db.selectFrom('consent_credits').innerJoin('users', 'users.id', 'consent_credits.user_id')
      .select(['credits', 'turned_off_at']).where('users.openid', '=', openid).where('template_id', '=', HEARING_TEMPLATE).executeTakeFirst()
    return row
  }

  it('will not build plain mode without the operator\'s opt-in, and warns when it is opted into', async () => {
    await assert.rejects(pushApp(env, { token: TOKEN }), /WX_PUSH_ALLOW_PLAIN/)
    const { app, lines } = await pushApp(env, { token: TOKEN, plainAllowed: true })
    await app.close()
    assert.ok(lines.some((l) => l.level === 40 && /plain mode/.test(String(l.msg))), 'a warning at start-up')
  })

  it('in plain mode, refuses another body under a (timestamp, nonce) it has taken, and takes the same body again without applying it twice', async () => {
    const { app, lines } = await pushApp(env, { token: TOKEN, plainAllowed: true })
    try {
      const target: FakePushTarget = { url: '', token: TOKEN }
      const real = signPush(target, FAKE_APPID, popup('o-guard-1', env.clock.now), env.clock.now)
      assert.equal((await post(app, real.query, real.body)).statusCode, 200)
      assert.equal((await creditsOf('o-guard-1'))?.credits, 1)
      // Someone saw the query string (a log, a proxy) and posts their own body under it.
      const forged = await post(app, real.query, turnOff('o-guard-1', env.clock.now))
      assert.equal(forged.statusCode, 401)
      assert.equal(forged.json().error.code, 'replayed_push')
      const inventedCredits = await post(app, real.query, popup('o-guard-2', env.clock.now))
      assert.equal(inventedCredits.json().error.code, 'replayed_push')
      assert.equal(await creditsOf('o-guard-2'), undefined)
      // WeChat retrying the very same push: taken, applied once.
      assert.equal((await post(app, real.query, real.body)).statusCode, 200)
      const c = await creditsOf('o-guard-1')
      assert.equal(c?.credits, 1)
      assert.equal(c?.turned_off_at, null, 'the forged turn-off was not applied')
      const refused = lines.filter((l) => l.msg === 'wechat push refused')
      assert.deepEqual(refused.map((l) => l.code), ['replayed_push', 'replayed_push'])
      assert.ok(refused.every((l) => !JSON.stringify(l).includes(real.query.get('signature')!)), 'no signature in the log')
    } finally { await app.close() }
  })

  it('in safe mode, refuses a forged body under a captured query (msg_signature covers the body)', async () => {
    const { app } = await pushApp(env, { token: TOKEN, aesKey: AES_KEY })
    try {
      const target: FakePushTarget = { url: '', token: TOKEN, aesKey: AES_KEY }
      const captured = signPush(target, FAKE_APPID, popup('o-guard-3', env.clock.now), env.clock.now)
      // A valid ciphertext of another event, under the captured query.
      const other = signPush(target, FAKE_APPID, popup('o-guard-4', env.clock.now), env.clock.now)
      const res = await post(app, captured.query, other.body)
      assert.equal(res.statusCode, 401)
      assert.equal(res.json().error.code, 'bad_signature')
      assert.equal(await creditsOf('o-guard-4'), undefined)
      assert.equal((await post(app, captured.query, captured.body)).statusCode, 200)
      assert.equal((await creditsOf('o-guard-3'))?.credits, 1)
    } finally { await app.close() }
  })

  it('checks the query before reading the body: a bad signature over a too-large body is 401, not 413', async () => {
    const { app } = await pushApp(env, { token: TOKEN, aesKey: AES_KEY })
    try {
      const ts = String(Math.floor(env.clock.now / 1000))
      const huge = 'x'.repeat(200 * 1024)
      const res = await post(app, `signature=${'0'.repeat(40)}&timestamp=${ts}&nonce=1&encrypt_type=aes&msg_signature=${'0'.repeat(40)}`, huge)
      assert.equal(res.statusCode, 401)
      assert.equal(res.json().error.code, 'bad_signature')
      const signed = signPush({ url: '', token: TOKEN, aesKey: AES_KEY }, FAKE_APPID, '{}', env.clock.now)
      assert.equal((await post(app, signed.query, huge)).statusCode, 413, 'a signed query does get its body read (and limited)')
    } finally { await app.close() }
  })

  it('logs each refusal and answers 429 to an address over its refusal budget; WeChat\'s own pushes from elsewhere still go through', async () => {
    const { app, lines } = await pushApp(env, { token: TOKEN, aesKey: AES_KEY, refusalsPerMinute: 3 })
    try {
      const ts = String(Math.floor(env.clock.now / 1000))
      const codes: number[] = []
      for (let i = 0; i < 6; i++) codes.push((await post(app, `signature=${'1'.repeat(40)}&timestamp=${ts}&nonce=${i}`, '{}', '198.51.100.66')).statusCode)
      assert.deepEqual(codes, [401, 401, 401, 429, 429, 429])
      assert.equal(lines.filter((l) => l.msg === 'wechat push refused').length, 3)
      const signed = signPush({ url: '', token: TOKEN, aesKey: AES_KEY }, FAKE_APPID, popup('o-guard-5', env.clock.now), env.clock.now)
      assert.equal((await post(app, signed.query, signed.body, '101.226.103.1')).statusCode, 200)
    } finally { await app.close() }
  })

  it('answers 503 to a push it cannot store, and takes WeChat\'s retry of it afterwards', async () => {
    let down = true
    const failing: KyselyPlugin = {
      transformQuery: (a) => { if (down) throw new Error('connection terminated unexpectedly'); return a.node },
      transformResult: async (a) => a.result,
    }
    const { app, lines } = await pushApp(env, { token: TOKEN, aesKey: AES_KEY }, env.tdb.db.withPlugin(failing))
    try {
      const signed = signPush({ url: '', token: TOKEN, aesKey: AES_KEY }, FAKE_APPID, popup('o-guard-6', env.clock.now), env.clock.now)
      const res = await post(app, signed.query, signed.body)
      assert.equal(res.statusCode, 503)
      assert.equal(res.json().error.code, 'push_not_stored')
      assert.ok(lines.some((l) => l.level === 50 && l.msg === 'wechat push not stored; WeChat will retry'))
      down = false
      assert.equal((await post(app, signed.query, signed.body)).statusCode, 200)
      assert.equal((await creditsOf('o-guard-6'))?.credits, 1)
    } finally { await app.close() }
  })
})
