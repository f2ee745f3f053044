import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { loadConfig as load } from '../src/config.ts'

/** The app's pages as src/app.config.ts lists them today (appPages.test.ts reads the real file). */
const pages = new Set(['pages/index/index', 'info/pages/about/index', 'case/pages/intake/index', 'case/pages/detail/index', 'reminders/pages/settings/index'])
const loadConfig = (env: Record<string, string | undefined>) => load(env, pages)

const templates = JSON.stringify({
  default: { templateId: 'tmplA', fields: { thing1: { from: 'title', type: 'thing' }, date2: { from: 'eventAt', type: 'date' } } },
})
const valid = { WX_APPID: 'wx0123456789abcdef', WX_SECRET: 'secret-0123456789', WX_TEMPLATES: templates }

const errorsFor = (env: Record<string, string | undefined>) => {
  const r = loadConfig(env)
  assert.equal(r.ok, false)
  return r.ok ? [] : r.errors
}

describe('loadConfig', () => {
  it('applies the documented defaults: PGlite in .data/pglite, 127.0.0.1:3000, the real WeChat API', () => {
    const r = loadConfig(valid)
    assert.ok(r.ok)
    assert.deepEqual(r.config.db, { kind: 'pglite', dataDir: '.data/pglite' })
    assert.equal(r.config.host, '127.0.0.1')
    assert.equal(r.config.port, 3000)
    assert.equal(r.config.wechat.apiBase, 'https://api.weixin.qq.com')
    assert.equal(r.config.wechat.templates.default?.templateId, 'tmplA')
  })

  it('switches to PostgreSQL when DATABASE_URL is set', () => {
    const r = loadConfig({ ...valid, DATABASE_URL: 'postgres://u@db:5432/app' })
    assert.ok(r.ok)
    assert.deepEqual(r.config.db, { kind: 'postgres', url: 'postgres://u@db:5432/app' })
  })

  it('refuses a lease that does not outlast two token fetches and two sends, naming both variables', () => {
    const errors = errorsFor({ ...valid, DISPATCH_LEASE_SECONDS: '40', DISPATCH_SEND_TIMEOUT_MS: '10000' })
    assert.equal(errors.length, 1)
    assert.match(errors[0]!, /^DISPATCH_LEASE_SECONDS: must outlast two access-token fetches and two sends \(4 × DISPATCH_SEND_TIMEOUT_MS = 40 s\)/)
    assert.ok(loadConfig({ ...valid, DISPATCH_LEASE_SECONDS: '41', DISPATCH_SEND_TIMEOUT_MS: '10000' }).ok)
  })

  it('defaults the per-user caps: 100 pending reminders per template, 50 sends a day', () => {
    const r = loadConfig(valid)
    assert.ok(r.ok)
    assert.equal(r.config.reminderPendingCap, 100)
    assert.equal(r.config.dispatcher.dailyCap, 50)
    assert.equal(r.config.dispatcher.sendTimeoutMs, 10_000)
  })

  it('names each missing variable', () => {
    const errors = errorsFor({})
    for (const name of ['WX_APPID', 'WX_SECRET', 'WX_TEMPLATES']) assert.ok(errors.some((e) => e.startsWith(`${name}:`)), name)
  })

  it('names an invalid PORT, DATABASE_URL and dispatcher setting', () => {
    const errors = errorsFor({ ...valid, PORT: '70000', DATABASE_URL: 'mysql://x', DISPATCH_CONCURRENCY: '0' })
    assert.deepEqual(errors.map((e) => e.split(':')[0]).sort(), ['DATABASE_URL', 'DISPATCH_CONCURRENCY', 'PORT'])
  })

  it('names WX_TEMPLATES when it is not JSON, and the keyword when a mapping is wrong', () => {
    assert.match(errorsFor({ ...valid, WX_TEMPLATES: '{nope' })[0] ?? '', /^WX_TEMPLATES: is not valid JSON/)
    const wrongType = JSON.stringify({ hearing: { templateId: 'T', fields: { time2: { from: 'title', type: 'time' } } } })
    assert.match(errorsFor({ ...valid, WX_TEMPLATES: wrongType })[0] ?? '', /^WX_TEMPLATES \(at hearing\.fields\.time2\)/)
    const unknownKind = JSON.stringify({ party: { templateId: 'T', fields: { thing1: { from: 'title', type: 'thing' } } } })
    assert.match(errorsFor({ ...valid, WX_TEMPLATES: unknownKind }).join('\n'), /^WX_TEMPLATES/)
  })

  it('trusts no proxy by default; TRUST_PROXY takes true or proxy addresses, and names a bad value', () => {
    const trust = (v?: string) => { const r = loadConfig({ ...valid, TRUST_PROXY: v }); assert.ok(r.ok); return r.config.trustProxy }
    assert.equal(trust(), false)
    assert.equal(trust('true'), true)
    assert.deepEqual(trust('10.0.0.0/8, loopback'), ['10.0.0.0/8', 'loopback'])
    assert.match(errorsFor({ ...valid, TRUST_PROXY: 'the proxy' })[0] ?? '', /^TRUST_PROXY:/)
  })

  it('never echoes the secret in an error message', () => {
    const errors = errorsFor({ ...valid, WX_SECRET: 'short', WX_APPID: 'bad' })
    assert.ok(errors.every((e) => !e.includes('short')))
  })
})

describe('loadConfig: 消息推送 plain mode only by name (issue 18)', () => {
  it('refuses WX_PUSH_TOKEN without WX_PUSH_AES_KEY, naming the key and the opt-in', () => {
    const errors = errorsFor({ ...valid, WX_PUSH_TOKEN: 'AAAAA' })
    assert.equal(errors.length, 1)
    assert.match(errors[0]!, /^WX_PUSH_AES_KEY: is required with WX_PUSH_TOKEN/)
    assert.match(errors[0]!, /WX_PUSH_ALLOW_PLAIN=yes-i-accept-forgeable-pushes/)
  })

  it('takes plain mode when the operator types the opt-in, and nothing else for it', () => {
    const r = loadConfig({ ...valid, WX_PUSH_TOKEN: 'AAAAA', WX_PUSH_ALLOW_PLAIN: 'yes-i-accept-forgeable-pushes' })
    assert.ok(r.ok)
    assert.deepEqual(r.config.push, { token: 'AAAAA', plainAllowed: true, refusalsPerMinute: 60 })
    assert.match(errorsFor({ ...valid, WX_PUSH_TOKEN: 'AAAAA', WX_PUSH_ALLOW_PLAIN: 'yes' })[0] ?? '', /^WX_PUSH_ALLOW_PLAIN:/)
  })

  it('documents its defaults for the login budget, the credit margin and retention', () => {
    const r = loadConfig(valid)
    assert.ok(r.ok)
    assert.deepEqual(r.config.loginLimits, { perMinute: 600, concurrency: 16 })
    assert.equal(r.config.consentCreditMargin, 3)
    assert.deepEqual(r.config.retention, { intervalMs: 3_600_000, reminderTextMs: 30 * 86_400_000, deliveryReportsMs: 30 * 86_400_000, pushEventsMs: 7 * 86_400_000 })
  })
})
