import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { KyselyPlugin } from 'kysely'
import { buildApp } from '../src/app.ts'
import { startTestEnv, type TestEnv } from './helpers/env.ts'

const DB = process.env.TEST_DB ?? 'pglite'

describe(`rate limits that survive a shared (carrier-NAT) address (${DB})`, () => {
  let env: TestEnv
  before(async () => { env = await startTestEnv({ rateLimits: { perSession: 5, loginPerAddress: 3, perAddress: 4 }, trustProxy: ['loopback'] }) })
  after(async () => { await env.close() })

  const from = (ip: string, token: string | undefined, method: 'GET' | 'POST', url: string, payload?: object) =>
    env.app.inject({ method, url, ...(payload ? { payload } : {}), headers: { 'x-forwarded-for': ip, ...(token ? { authorization: `Bearer ${token}` } : {}) } })
  const login = async (ip: string, openid: string) => {
    const { code } = env.fake.state.issueLoginCode(openid)
    return from(ip, undefined, 'POST', '/v1/session', { code })
  }

  it('limits each user separately and answers 429 rate_limited', async () => {
    const a = (await login('198.51.100.1', 'o-rl-a')).json().token as string
    const b = (await login('198.51.100.1', 'o-rl-b')).json().token as string
    const codes: number[] = []
    for (let i = 0; i < 6; i++) codes.push((await from('198.51.100.1', a, 'GET', '/v1/credits')).statusCode)
    assert.deepEqual(codes, [200, 200, 200, 200, 200, 429])
    assert.equal((await from('198.51.100.1', a, 'GET', '/v1/credits')).json().error.code, 'rate_limited')
    assert.equal((await from('198.51.100.1', b, 'GET', '/v1/credits')).statusCode, 200)
  })

  it('gives all of one user\'s sessions one allowance: more sessions do not multiply it', async () => {
    const tokens = [] as string[]
    for (let i = 0; i < 3; i++) tokens.push((await login(`198.51.100.${10 + i}`, 'o-rl-many')).json().token as string)
    const codes: number[] = []
    for (let i = 0; i < 6; i++) codes.push((await from('198.51.100.10', tokens[i % 3], 'GET', '/v1/credits')).statusCode)
    assert.deepEqual(codes, [200, 200, 200, 200, 200, 429])
  })

  it('counts an IPv6 /64 as one address: rotating addresses inside it gets no extra logins', async () => {
    const logins: number[] = []
    for (let i = 0; i < 4; i++) logins.push((await login(`2001:db8:77:1::${i + 1}`, `o-rl-v6-${i}`)).statusCode)
    assert.deepEqual(logins, [201, 201, 201, 429])
    assert.equal((await login('2001:db8:77:2::1', 'o-rl-v6-x')).statusCode, 201, 'the next /64 is someone else')
  })

  it('after a flood of made-up tokens from one address, a real login and a live session from that address still work', async () => {
    const ip = '198.51.100.2'
    const session = (await login(ip, 'o-rl-nat-1')).json().token as string
    const flood: number[] = []
    for (let i = 0; i < 40; i++) flood.push((await from(ip, `made-up-${i}`, 'GET', '/v1/credits')).statusCode)
    // Over the address's allowance a made-up token is still answered for what it is: not a session.
    assert.ok(flood.every((c) => c === 401), `made-up tokens are 401, never 5xx or a shared 429: ${flood.join(',')}`)
    assert.equal((await login(ip, 'o-rl-nat-2')).statusCode, 201, 'a login behind the same address is not refused')
    assert.equal((await from(ip, session, 'GET', '/v1/credits')).statusCode, 200, 'a live session behind it is not refused')
  })

  it('limits logins per address on their own allowance, and tokenless public requests on another', async () => {
    const ip = '198.51.100.3'
    const logins: number[] = []
    for (let i = 0; i < 4; i++) logins.push((await login(ip, `o-rl-login-${i}`)).statusCode)
    assert.deepEqual(logins, [201, 201, 201, 429])
    assert.equal((await from(ip, undefined, 'GET', '/v1/templates')).statusCode, 200, 'public reads are not in the login bucket')
    const other = await login('198.51.100.4', 'o-rl-login-x')
    assert.equal(other.statusCode, 201, 'another address has its own login allowance')
  })
})

describe(`/healthz is cheap (${DB})`, () => {
  let env: TestEnv
  before(async () => { env = await startTestEnv() })
  after(async () => { await env.close() })

  it('answers a burst of health checks with at most one database round trip per second', async () => {
    let queries = 0
    const counting: KyselyPlugin = { transformQuery: (a) => { queries++; return a.node }, transformResult: async (a) => a.result }
    const app = await buildApp({
      db: env.tdb.db.withPlugin(counting), wechat: env.wechat, now: () => env.clock.now, templates: {}, appPages: env.appPages,
      sessionTtlMs: 1, rateLimits: { perSession: 1, loginPerAddress: 1, perAddress: 1 }, holidays: { bundled: [] },
    })
    const codes = await Promise.all(Array.from({ length: 200 }, () => app.inject({ method: 'GET', url: '/healthz' }).then((r) => r.statusCode)))
    await app.close()
    assert.ok(codes.every((c) => c === 200), 'never rate limited: a balancer must not see an outage that is not there')
    assert.ok(queries <= 2, `${queries} database round trips for 200 checks`)
  })
})
