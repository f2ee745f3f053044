import { test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { blocked, formatTable, runSteps, startable } from '../../scripts/lib/stepRunner.mjs'
import { countTests } from '../../scripts/lib/testCounts.mjs'

const steps = [
  { name: 'build', load: 1 },
  { name: 'uses build', after: ['build'], load: 1 },
  { name: 'heavy', load: 1 },
  { name: 'light', load: 0.5 }
]

test('steps start in list order while their load fits the cores, and a light one fills the gap a heavy one leaves', () => {
  const status = { build: 'waiting', 'uses build': 'waiting', heavy: 'waiting', light: 'waiting' }
  assert.deepEqual(startable(steps, status, 2).map((s) => s.name), ['build', 'heavy'])
  assert.deepEqual(startable(steps, { ...status, build: 'running' }, 1.5).map((s) => s.name), ['light'])
})

test('a step waits for the steps it comes after, and is blocked when one of them failed', () => {
  const status = { build: 'running', 'uses build': 'waiting', heavy: 'passed', light: 'passed' }
  assert.deepEqual(startable(steps, status, 4).map((s) => s.name), [])
  assert.deepEqual(startable(steps, { ...status, build: 'passed' }, 4).map((s) => s.name), ['uses build'])
  assert.deepEqual(blocked(steps, { ...status, build: 'failed' }).map((s) => s.name), ['uses build'])
})

test('a step heavier than all the cores still runs, alone', () => {
  assert.deepEqual(startable([{ name: 'big', load: 3 }], { big: 'waiting' }, 2).map((s) => s.name), ['big'])
})

test('a failing step prints its own log, skips the steps after it, and the others still run', async () => {
  const logDir = mkdtempSync(join(tmpdir(), 'yingsu-runner-'))
  const printed = []
  try {
    const outcome = await runSteps([
      { name: 'breaks', run: 'echo the reason it broke; exit 3' },
      { name: 'after it', run: 'true', after: ['breaks'] },
      { name: 'independent', run: async ({ sh }) => { await sh('echo fine'); return 'a summary' } }
    ], { capacity: 2, env: process.env, logDir, print: (l) => printed.push(l), signal: new AbortController().signal })
    assert.deepEqual(outcome.results.map((r) => r.status), ['failed', 'skipped', 'passed'])
    const out = printed.join('\n')
    assert.match(out, /✗ breaks failed \(exit 3\)[^\n]*\n\s+│ \$ echo the reason it broke; exit 3\n\s+│ the reason it broke/)
    assert.match(out, /✓ independent \([\d.]+ s\) — a summary/)
    assert.match(formatTable(outcome, { capacity: 2 }), /total 0:0\d on 2 cores.*1 passed, 1 failed, 1 skipped/)
  } finally {
    rmSync(logDir, { recursive: true, force: true })
  }
})

test('tests are counted from Jest and node --test summaries in a log', () => {
  const log = ['Tests:       1 failed, 2 skipped, 40 passed, 43 total', '# pass 7', '# fail 1', 'ℹ pass 5', 'ℹ skipped 2', 'ℹ todo 0'].join('\n')
  assert.deepEqual(countTests(log), { passed: 52, failed: 2, skipped: 4 })
})

test('a step that does not end in its time is stopped and fails, with what it printed', async () => {
  const logDir = mkdtempSync(join(tmpdir(), 'yingsu-runner-'))
  const printed = []
  try {
    const outcome = await runSteps([{ name: 'hangs', run: 'echo waiting; sleep 30', timeoutMs: 300 }],
      { capacity: 2, env: process.env, logDir, print: (l) => printed.push(l), signal: new AbortController().signal })
    assert.equal(outcome.results[0].status, 'failed')
    assert.ok(outcome.wallMs < 5000, 'stopped, not waited for')
    assert.match(printed.join('\n'), /✗ hangs failed \(no end after [\d.]+ min, stopped\)[^]*│ waiting/)
  } finally {
    rmSync(logDir, { recursive: true, force: true })
  }
})
