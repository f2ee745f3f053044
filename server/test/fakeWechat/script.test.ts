import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { fileURLToPath } from 'node:url'

const serverDir = fileURLToPath(new URL('../..', import.meta.url))
// scripts/lib/localServices.mjs waits for exactly this line; changing it breaks `npm start`.
const READY = /WX_API_BASE=(\S+) WX_APPID=(\S+) WX_SECRET=(\S+)/

function start(args: string[]) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/fakeWechat.ts', ...args], { cwd: serverDir, stdio: ['ignore', 'pipe', 'pipe'] })
  let out = ''
  let err = ''
  const ready = new Promise<RegExpMatchArray>((resolve, reject) => {
    child.stdout.on('data', (c: Buffer) => { out += c; const m = READY.exec(out); if (m) resolve(m) })
    child.stderr.on('data', (c: Buffer) => { err += c })
    child.on('exit', (code) => reject(Object.assign(new Error(`exited ${code}`), { code, err: () => err })))
  })
  return { child, ready }
}

describe('scripts/fakeWechat.ts', () => {
  it('prints the ready line and serves the templates from --templates', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'fakewx-')), 'templates.json')
    writeFileSync(file, JSON.stringify([{ templateId: 'tmplA', keywords: { thing1: 'thing', date2: 'date' } }]))
    const { child, ready } = start(['--port', '0', '--templates', file])
    try {
      const [, base, appId, secret] = await ready
      assert.ok(appId && secret)
      const res = await fetch(`${base}/__fake/templates`)
      const { templates } = (await res.json()) as { templates: { templateId: string; title: string }[] }
      assert.deepEqual(templates.map((t) => [t.templateId, t.title]), [['tmplA', 'tmplA']])
    } finally {
      child.kill('SIGTERM')
    }
  })

  it('refuses a templates file with an unknown keyword type, naming it', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'fakewx-')), 'templates.json')
    writeFileSync(file, JSON.stringify([{ templateId: 'tmplB', keywords: { thing1: 'thingy' } }]))
    const { ready } = start(['--port', '0', '--templates', file])
    const e = await ready.then(() => undefined, (x: { code: number; err: () => string }) => x)
    assert.equal(e?.code, 2)
    assert.match(e?.err() ?? '', /thing1 has unknown type thingy/)
  })
})
