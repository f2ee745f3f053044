import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { DAY, startTestEnv, T0, type TestEnv } from './helpers/env.ts'

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
})
