import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, beforeEach, describe, it } from 'node:test'
import { fileURLToPath } from 'node:url'
import { startFakeWechat, type FakeWechat } from '../../src/fakeWechat/index.ts'
import { PNG_SIGNATURE } from '../../src/fakeWechat/png.ts'
import { checkQrParams } from '../../src/wechat/qrParams.ts'
import { clientFor, control } from './support.ts'

const serverDir = fileURLToPath(new URL('../..', import.meta.url))
const startsWithPng = (b: Uint8Array) => Buffer.from(b.subarray(0, 8)).equals(Buffer.from(PNG_SIGNATURE))

function runScript(args: string[], env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  const { WX_APPID: _a, WX_SECRET: _s, WX_API_BASE: _b, ...base } = process.env
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', 'scripts/qrcode.ts', ...args], { cwd: serverDir, env: { ...base, ...env } },
      (err, stdout, stderr) => resolve({ code: err ? Number(err.code ?? 1) : 0, stdout, stderr }))
  })
}

describe('checkQrParams', () => {
  it('accepts a 32-character scene of allowed characters and refuses 33', () => {
    assert.deepEqual(checkQrParams({ scene: 's=art0308&l=alipay'.padEnd(32, '~') }), { ok: true })
    assert.equal(checkQrParams({ scene: 'a'.repeat(33) }).ok, false)
  })

  it('refuses %, spaces and Chinese in a scene, a page with a leading slash or a query, and an out-of-range width', () => {
    for (const scene of ['a%20b', 'a b', '文章1']) assert.equal(checkQrParams({ scene }).ok, false, scene)
    assert.equal(checkQrParams({ scene: 'a', page: '/pages/index/index' }).ok, false)
    assert.equal(checkQrParams({ scene: 'a', page: 'pages/index/index?x=1' }).ok, false)
    assert.equal(checkQrParams({ scene: 'a', width: 279 }).ok, false)
    assert.equal(checkQrParams({ scene: 'a', width: 1280 }).ok, true)
  })
})

describe('getUnlimitedQrCode against the stand-in', () => {
  let fake: FakeWechat
  before(async () => { fake = await startFakeWechat() })
  after(() => fake.close())
  beforeEach(async () => {
    await control(fake, 'pages', { pages: ['pages/index/index'] })
    fake.state.stats.qrcode = 0
    fake.state.stats.stableToken = 0
  })

  it('returns PNG bytes for a valid scene and page', async () => {
    const r = await clientFor(fake).getUnlimitedQrCode({ scene: 's=art0308&l=alipay', page: 'pages/index/index', width: 280 })
    assert.ok(r.ok)
    assert.ok(startsWithPng(r.png))
  })

  it('passes WeChat 41030 through for a page the app does not have', async () => {
    const r = await clientFor(fake).getUnlimitedQrCode({ scene: 'x=1', page: 'pages/nope/index' })
    assert.deepEqual(r.ok ? undefined : r.errcode, 41030)
  })

  it('refuses a 33-character scene before any network call', async () => {
    const r = await clientFor(fake).getUnlimitedQrCode({ scene: 'a'.repeat(33) })
    assert.equal(r.ok, false)
    assert.equal(fake.state.stats.qrcode + fake.state.stats.stableToken, 0)
  })

  it('script: writes a PNG file end to end', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'qrcode-')), 'code.png')
    const r = await runScript(['--scene', 's=art0308&l=alipay', '--page', 'pages/index/index', '--out', out, '--width', '430'],
      { WX_APPID: fake.state.appId, WX_SECRET: fake.state.secret, WX_API_BASE: fake.url })
    assert.equal(r.code, 0, r.stderr)
    assert.ok(startsWithPng(readFileSync(out)))
    assert.equal(fake.state.stats.qrcode, 1)
  })

  it('script: a too-long scene fails with a clear message before any network call', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'qrcode-')), 'code.png')
    const r = await runScript(['--scene', 'a'.repeat(40), '--out', out],
      { WX_APPID: fake.state.appId, WX_SECRET: fake.state.secret, WX_API_BASE: fake.url })
    assert.equal(r.code, 2)
    assert.match(r.stderr, /scene 长度应为 1–32 个字符，当前 40/)
    assert.equal(existsSync(out), false)
    assert.equal(fake.state.stats.qrcode + fake.state.stats.stableToken, 0)
  })

  it('script: names the missing environment variable', async () => {
    const r = await runScript(['--scene', 'a=1', '--out', 'x.png'], { WX_APPID: 'wx1', WX_API_BASE: fake.url })
    assert.equal(r.code, 2)
    assert.match(r.stderr, /WX_SECRET/)
    assert.doesNotMatch(r.stderr, /WX_APPID|WX_API_BASE/)
  })

  it('script: reports a WeChat error code and exits non-zero', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'qrcode-')), 'code.png')
    const r = await runScript(['--scene', 'a=1', '--page', 'pages/nope/index', '--out', out],
      { WX_APPID: fake.state.appId, WX_SECRET: fake.state.secret, WX_API_BASE: fake.url })
    assert.equal(r.code, 1)
    assert.match(r.stderr, /41030/)
  })
})
