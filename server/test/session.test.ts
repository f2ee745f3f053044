import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { buildApp } from '../src/app.ts'
import { DAY, startTestEnv, T0, templates, type TestEnv } from './helpers/env.ts'

describe(`POST /v1/session (${process.env.TEST_DB ?? 'pglite'})`, () => {
  let env: TestEnv
  before(async () => { env = await startTestEnv() })
  after(async () => { await env.close() })

  it('exchanges a wx.login code for a 32-byte token that expires, and never returns the openid', async () => {
    const { code } = env.fake.state.issueLoginCode('o-session-1')
    const res = await env.call(undefined, 'POST', '/v1/session', { code })
    assert.equal(res.statusCode, 201)
    const body = res.json()
    assert.deepEqual(Object.keys(body).sort(), ['expiresAt', 'token'])
    assert.equal(Buffer.from(body.token, 'base64url').length, 32)
    assert.equal(body.expiresAt, T0 + 30 * DAY)
    assert.ok(!res.body.includes('o-session-1'))
  })

  it('stores only the hash of the token', async () => {
    const { token } = await env.login('o-session-2')
    const rows = await env.tdb.db.selectFrom('sessions').select('token_hash').execute()
    assert.ok(rows.length >= 1)
    assert.ok(rows.every((r) => r.token_hash !== token && /^[0-9a-f]{64}$/.test(r.token_hash)))
  })

  it('answers 401 invalid_code for a code that was already used', async () => {
    const { code } = env.fake.state.issueLoginCode('o-session-3')
    assert.equal((await env.call(undefined, 'POST', '/v1/session', { code })).statusCode, 201)
    const again = await env.call(undefined, 'POST', '/v1/session', { code })
    assert.equal(again.statusCode, 401)
    assert.equal(again.json().error.code, 'invalid_code')
  })

  it('answers 400 invalid_body when the code is missing', async () => {
    const res = await env.call(undefined, 'POST', '/v1/session', { kode: 'x' })
    assert.equal(res.statusCode, 400)
    assert.equal(res.json().error.code, 'invalid_body')
    assert.equal(res.json().error.issues[0].path, 'code')
  })

  it('answers 503 wechat_unavailable when WeChat is busy, without creating a session', async () => {
    env.fake.state.faults = { ...env.fake.state.faults, busy: 1, paths: ['/sns/jscode2session'] }
    try {
      const { code } = env.fake.state.issueLoginCode('o-session-4')
      const res = await env.call(undefined, 'POST', '/v1/session', { code })
      assert.equal(res.statusCode, 503)
      assert.equal(res.json().error.code, 'wechat_unavailable')
    } finally {
      env.fake.state.faults = { ...env.fake.state.faults, busy: 0 }
    }
  })

  it('refuses a missing, unknown or expired token with 401 unauthorized', async () => {
    const { token } = await env.login('o-session-5')
    assert.equal((await env.call(undefined, 'GET', '/v1/reminders')).statusCode, 401)
    assert.equal((await env.call('not-a-token', 'GET', '/v1/reminders')).json().error.code, 'unauthorized')
    assert.equal((await env.call(token, 'GET', '/v1/reminders')).statusCode, 200)
    env.clock.now = T0 + 30 * DAY
    try {
      assert.equal((await env.call(token, 'GET', '/v1/reminders')).statusCode, 401)
    } finally {
      env.clock.now = T0
    }
  })

  it('serves the OpenAPI document at /docs and answers /healthz', async () => {
    const doc = await env.app.inject({ method: 'GET', url: '/docs/json' })
    assert.equal(doc.statusCode, 200)
    const paths = Object.keys(doc.json().paths)
    for (const p of ['/v1/session', '/v1/reminders/{key}', '/v1/consents', '/v1/me', '/v1/holiday-calendar']) assert.ok(paths.includes(p), p)
    assert.deepEqual((await env.app.inject({ method: 'GET', url: '/healthz' })).json(), { ok: true })
  })

  it('refuses codes that cannot be wx.login codes without asking WeChat', async () => {
    const before = env.fake.state.stats.code2Session
    for (const code of ['short', 'has spaces in it', '代码代码代码代码代码', 'x'.repeat(65), '../../etc/passwd', 'code%00abcdefgh']) {
      const res = await env.call(undefined, 'POST', '/v1/session', { code })
      assert.equal(res.statusCode, 401, code)
      assert.equal(res.json().error.code, 'invalid_code')
    }
    assert.equal(env.fake.state.stats.code2Session, before, 'no outbound call')
    // The shape real codes have (32 letters and digits) is asked about.
    await env.call(undefined, 'POST', '/v1/session', { code: '0716AVll20uHk94SLDml27etM946AVlq' })
    assert.equal(env.fake.state.stats.code2Session, before + 1)
  })

  it('answers 503 wechat_busy once the jscode2session budget is spent, without a call', async () => {
    const app = await buildApp({
      db: env.tdb.db, wechat: env.wechat, now: () => env.clock.now, templates, appPages: env.appPages, sessionTtlMs: DAY,
      rateLimits: { perSession: 1e6, loginPerAddress: 1e6, perAddress: 1e6 }, holidays: { bundled: [] },
      loginLimits: { perMinute: 2, concurrency: 2 },
    })
    try {
      const statuses: number[] = []
      for (let i = 0; i < 3; i++) {
        const { code } = env.fake.state.issueLoginCode(`o-busy-${i}`)
        const res = await app.inject({ method: 'POST', url: '/v1/session', payload: { code } })
        statuses.push(res.statusCode)
        if (res.statusCode === 503) {
          assert.equal(res.json().error.code, 'wechat_busy')
          assert.ok(Number(res.headers['retry-after']) > 0)
        }
      }
      assert.deepEqual(statuses, [201, 201, 503])
    } finally { await app.close() }
  })

  it('logs out: DELETE /v1/session ends this session at once and leaves the user\'s other sessions', async () => {
    const a = await env.login('o-logout')
    const b = await env.login('o-logout')
    const res = await env.call(a.token, 'DELETE', '/v1/session')
    assert.equal(res.statusCode, 204)
    assert.equal((await env.call(a.token, 'GET', '/v1/reminders')).statusCode, 401)
    assert.equal((await env.call(a.token, 'DELETE', '/v1/session')).statusCode, 401)
    assert.equal((await env.call(b.token, 'GET', '/v1/reminders')).statusCode, 200)
  })
})
