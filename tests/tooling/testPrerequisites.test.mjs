import { test } from 'node:test'
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { localPostgresUrl, planPostgres, planTools, TOOLS } from '../../scripts/lib/prerequisites.mjs'

const [chromium, libreoffice] = TOOLS
const root = fileURLToPath(new URL('../..', import.meta.url))

test('nothing missing means nothing to install or ask', () => {
  assert.deepEqual(planTools({ missing: [], isRoot: false, hasApt: true, env: {} }), { kind: 'ready' })
})

test('root on Debian installs the missing packages itself', () => {
  assert.deepEqual(planTools({ missing: [chromium, libreoffice], isRoot: true, hasApt: true, env: {} }),
    { kind: 'install', packages: ['chromium', 'libreoffice-writer-nogui'] })
})

test('without root on Debian it stops with the one apt-get command for everything missing', () => {
  const plan = planTools({ missing: [chromium, libreoffice], isRoot: false, hasApt: true, env: {} })
  assert.equal(plan.kind, 'stop')
  assert.equal(plan.line.split('\n').length, 1)
  assert.match(plan.line, /sudo apt-get install -y chromium libreoffice-writer-nogui/)
})

test('without apt it names what to install and the variable that points the suite at it', () => {
  const plan = planTools({ missing: [libreoffice], isRoot: true, hasApt: false, env: {} })
  assert.equal(plan.kind, 'stop')
  assert.match(plan.line, /LibreOffice is missing.*SOFFICE_PATH=/)
})

test('a CHROMIUM_PATH that is not there counts as missing, and the line says the variable may be what is wrong', () => {
  const plan = planTools({ missing: [chromium], isRoot: false, hasApt: true, env: { CHROMIUM_PATH: '/nowhere/chromium' } })
  assert.equal(plan.kind, 'stop')
  assert.match(plan.line, /^Chromium is missing\. Run: sudo apt-get install -y chromium \(or fix CHROMIUM_PATH=\/nowhere\/chromium\)/)
})

test('the PostgreSQL on 127.0.0.1:5432 is used when it answers', () => {
  assert.deepEqual(planPostgres({ env: {}, probe: { ok: true } }), { kind: 'local', url: 'postgres://postgres@127.0.0.1:5432/test' })
})

test('an embedded PostgreSQL is started when the local one does not answer, saying why', () => {
  const plan = planPostgres({ env: { YINGSU_PG_PORT: '1' }, probe: { ok: false, error: 'ECONNREFUSED' } })
  assert.equal(plan.kind, 'embedded')
  assert.equal(plan.reason, 'postgres://postgres@127.0.0.1:1/test did not answer (ECONNREFUSED)')
})

test('TEST_DATABASE_URL is used as given, without probing the local server', () => {
  assert.deepEqual(planPostgres({ env: { TEST_DATABASE_URL: 'postgres://u@db/x' }, probe: undefined }), { kind: 'given', url: 'postgres://u@db/x' })
  assert.equal(localPostgresUrl({ YINGSU_PG_PORT: '6543' }), 'postgres://postgres@127.0.0.1:6543/test')
})

test('npm test stops within seconds, before any step, with the one-line command when it may not install', () => {
  // Not root here, or no apt: either way it must stop at once. (As root on Debian it would install instead.)
  const env = { ...process.env, CHROMIUM_PATH: '/nowhere/chromium', PATH: '/nowhere' }
  const started = Date.now()
  const res = spawnSync(process.execPath, ['scripts/test.mjs', '--only', 'e2e'], { env, encoding: 'utf8', cwd: root })
  assert.ok(Date.now() - started < 10_000, 'answered within seconds')
  assert.equal(res.status, 1)
  assert.deepEqual(res.stdout.trim().split('\n').slice(1), ['Chromium is missing. Install Chromium, then: CHROMIUM_PATH=/path/to/it npm test'])
})
