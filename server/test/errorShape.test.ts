/** Every 4xx and 5xx the service can produce, Fastify's own included, has the one documented shape. */
import assert from 'node:assert/strict'
import { connect } from 'node:net'
import { after, before, describe, it } from 'node:test'
import { buildApp } from '../src/app.ts'
import { assertErrorShape } from './helpers/errorShape.ts'
import { hearingBody, startTestEnv, type TestEnv } from './helpers/env.ts'

describe(`one error shape for every 4xx and 5xx (${process.env.TEST_DB ?? 'pglite'})`, () => {
  let env: TestEnv
  let token: string
  let base: string
  before(async () => {
    env = await startTestEnv({ rateLimits: { perSession: 40 } })
    token = (await env.login('o-shape')).token
    base = await env.app.listen({ host: '127.0.0.1', port: 0 })
  })
  after(async () => { await env.close() })

  const auth = () => ({ authorization: `Bearer ${token}` })
  const expect = async (what: string, res: { statusCode: number; body: string }, status: number, code: string) => {
    assert.equal(res.statusCode, status, `${what}: ${res.body}`)
    assert.equal(assertErrorShape(res.body, what).code, code, what)
  }

  it("answers Fastify's own errors in it: bad URL, bad or empty JSON, too large, wrong content type, long param, no route", async () => {
    const put = (url: string, payload: string, type = 'application/json') =>
      env.app.inject({ method: 'PUT', url, payload, headers: { ...auth(), 'content-type': type } })
    await expect('overlong UTF-8 dots in the path', await put('/v1/reminders/%C0%AE%C0%AE', '{}'), 400, 'bad_url')
    await expect('DELETE with a bad path', await env.app.inject({ method: 'DELETE', url: '/v1/reminders/%C0%AE%C0%AE', headers: auth() }), 400, 'bad_url')
    await expect('%uff0e in the path', await put('/v1/reminders/%uff0e%uff0e', '{}'), 400, 'bad_url')
    await expect('invalid JSON', await put('/v1/reminders/k', '{"kind":'), 400, 'invalid_json')
    await expect('empty JSON body', await env.app.inject({ method: 'POST', url: '/v1/consents', headers: { ...auth(), 'content-type': 'application/json' } }), 400, 'empty_body')
    await expect('body over 16 KiB', await put('/v1/reminders/k', JSON.stringify({ ...hearingBody(), pad: 'x'.repeat(20_000) })), 413, 'body_too_large')
    await expect('an XML body', await put('/v1/reminders/k', '<a/>', 'application/xml'), 415, 'unsupported_media_type')
    await expect('a key past the router\'s parameter limit', await put(`/v1/reminders/${'k'.repeat(120)}`, '{}'), 414, 'bad_url')
    await expect('no such route', await env.app.inject({ method: 'GET', url: '/v2/nothing' }), 404, 'not_found')
    await expect('a method the route does not have', await env.app.inject({ method: 'PATCH', url: '/v1/reminders/k', headers: auth() }), 404, 'not_found')
  })

  it('answers our own errors in it: unauthorized, invalid body with field codes, unknown page, rate limited', async () => {
    await expect('no token', await env.app.inject({ method: 'GET', url: '/v1/reminders' }), 401, 'unauthorized')
    const nul = await env.app.inject({ method: 'PUT', url: '/v1/reminders/k', headers: auth(), payload: { ...hearingBody(), values: { title: 'a\u0000b', eventAt: '2027-01-01' } } })
    await expect('NUL in a title', nul, 400, 'invalid_body')
    assert.deepEqual(nul.json().error.issues.map((i: { path: string; code: string }) => [i.path, i.code]), [['values.title', 'unstorable_text']])
    await expect('a page that is not in the app', await env.app.inject({ method: 'PUT', url: '/v1/reminders/k', headers: auth(), payload: { ...hearingBody(), page: 'pages/timeline/index' } }), 422, 'unknown_page')
    let last = { statusCode: 0, body: '' }
    for (let i = 0; i < 45 && last.statusCode !== 429; i++) last = await env.app.inject({ method: 'GET', url: '/v1/credits', headers: auth() })
    await expect('over the session allowance', last, 429, 'rate_limited')
  })

  it('answers malformed HTTP and oversized headers in it, before any route runs', async () => {
    const raw = (request: string) => new Promise<string>((resolve) => {
      const { port, hostname } = new URL(base)
      const s = connect(Number(port), hostname, () => s.end(request))
      let out = ''
      s.on('data', (d) => { out += d.toString() })
      s.on('close', () => resolve(out))
      s.on('error', () => resolve(out))
    })
    const bad = await raw('PUT /v1/reminders/k HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n')
    assert.match(bad, /^HTTP\/1\.1 400/)
    assert.equal(assertErrorShape(bad.slice(bad.indexOf('\r\n\r\n') + 4), 'bad Content-Length').code, 'bad_request')
    const huge = await raw(`GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`)
    assert.match(huge, /^HTTP\/1\.1 431/)
    assert.equal(assertErrorShape(huge.slice(huge.indexOf('\r\n\r\n') + 4), 'huge header').code, 'headers_too_large')
  })

  it('hides the details of a 5xx behind internal', async () => {
    const failing = await buildApp({
      db: env.tdb.db.withPlugin({ transformQuery: () => { throw new Error('secret detail: database is down') }, transformResult: async (a) => a.result }),
      wechat: env.wechat, now: () => env.clock.now, templates: {}, appPages: env.appPages, sessionTtlMs: 1,
      rateLimits: { perSession: 10, loginPerAddress: 10, perAddress: 10 }, holidays: { bundled: [] },
    })
    const res = await failing.inject({ method: 'GET', url: '/v1/reminders', headers: auth() })
    await failing.close()
    await expect('database down', res, 500, 'internal')
    assert.doesNotMatch(res.body, /secret detail/)
    const health = await (await buildApp({
      db: env.tdb.db.withPlugin({ transformQuery: () => { throw new Error('down') }, transformResult: async (a) => a.result }),
      wechat: env.wechat, now: () => env.clock.now, templates: {}, appPages: env.appPages, sessionTtlMs: 1,
      rateLimits: { perSession: 10, loginPerAddress: 10, perAddress: 10 }, holidays: { bundled: [] },
    })).inject({ method: 'GET', url: '/healthz' })
    await expect('health without a database', health, 503, 'database_unavailable')
  })
})
