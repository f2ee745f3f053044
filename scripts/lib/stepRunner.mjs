// 按依赖和 CPU 预算并行跑各步：每步的输出进自己的日志文件，完成时打一行带用时；失败的步把日志打出来。
import { spawn, execSync } from 'node:child_process'
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs'
import { join } from 'node:path'

const FAILED_LOG_LINES = 400
/** A step that hangs (a test waiting on a child process forever) is stopped, so CI's time is not all spent on it. */
const STEP_TIMEOUT_MS = 30 * 60_000
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`
const slug = (name) => name.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '').toLowerCase()

/** Which steps may start now: waiting, their `after` steps passed, and their `load` fits the spare capacity (in list order). */
export function startable(steps, status, capacity) {
  let used = steps.filter((s) => status[s.name] === 'running').reduce((sum, s) => sum + (s.load ?? 1), 0)
  const picked = []
  for (const s of steps) {
    if (status[s.name] !== 'waiting' || !(s.after ?? []).every((a) => status[a] === 'passed')) continue
    const load = s.load ?? 1
    if (used > 0 && used + load > capacity + 1e-9) continue
    picked.push(s)
    used += load
  }
  return picked
}

/** Steps that can never start because something they wait for failed or was skipped. */
export function blocked(steps, status) {
  return steps.filter((s) => status[s.name] === 'waiting' && (s.after ?? []).some((a) => ['failed', 'skipped'].includes(status[a])))
}

const killGroup = (child, sig) => { try { process.kill(-child.pid, sig) } catch { /* already gone */ } }

function shellIn(logFd, env, running, timeoutMs) {
  return (command) => new Promise((ok, fail) => {
    writeSync(logFd, `$ ${command}\n`)
    const child = spawn('bash', ['-c', command], { env, stdio: ['ignore', logFd, logFd], detached: true })
    running.add(child)
    let late = false
    const timer = setTimeout(() => { late = true; killGroup(child, 'SIGTERM'); setTimeout(() => killGroup(child, 'SIGKILL'), 5000).unref() }, timeoutMs)
    child.on('error', fail)
    child.on('exit', (code, signal) => {
      clearTimeout(timer)
      running.delete(child)
      if (late) return fail(Object.assign(new Error(`no end after ${timeoutMs / 60_000} min, stopped`), { command }))
      if (code === 0) return ok()
      fail(Object.assign(new Error(signal ? `killed by ${signal}` : `exit ${code}`), { command }))
    })
  })
}

/**
 * Runs `steps` ({ name, run: shell command | async ({ sh, capture, log, env }) => summary, after?, load?, timeoutMs? }).
 * `env` is read when each step starts, so a step may add to it (e.g. the database URL) for those after it.
 */
export async function runSteps(steps, { capacity, env, logDir, print, signal }) {
  const status = Object.fromEntries(steps.map((s) => [s.name, 'waiting']))
  const results = Object.fromEntries(steps.map((s) => [s.name, { name: s.name, status: 'not run' }]))
  const children = new Set()
  const t0 = Date.now()
  const inFlight = new Map()

  const runOne = async (step) => {
    const logFile = join(logDir, `${slug(step.name)}.log`)
    const fd = openSync(logFile, 'w')
    const stepEnv = { ...env }
    const sh = shellIn(fd, stepEnv, children, step.timeoutMs ?? STEP_TIMEOUT_MS)
    const ctx = {
      env: stepEnv, sh,
      log: (line) => writeSync(fd, line + '\n'),
      capture: (command) => { try { return execSync(command, { env: stepEnv, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }) } catch { return '' } }
    }
    const started = Date.now()
    print(`▶ ${step.name}`)
    let outcome
    try {
      const summary = typeof step.run === 'string' ? await sh(step.run) : await step.run(ctx)
      outcome = { status: 'passed', summary }
    } catch (e) {
      outcome = { status: signal.aborted ? 'stopped' : 'failed', error: e.message }
      writeSync(fd, e.command ? `\n(${e.message}: ${e.command})\n` : `\n${e.stack ?? e.message}\n`)
    } finally {
      closeSync(fd)
    }
    const ms = Date.now() - started
    Object.assign(results[step.name], outcome, { ms, startedAt: started - t0, logFile })
    status[step.name] = outcome.status
    if (outcome.status === 'passed') {
      print(`✓ ${step.name} (${seconds(ms)})${outcome.summary ? ` — ${outcome.summary}` : ''}`)
    } else if (!signal.aborted) {
      const lines = readFileSync(logFile, 'utf8').trimEnd().split('\n')
      const shown = lines.slice(-FAILED_LOG_LINES)
      print(`\n✗ ${step.name} failed (${outcome.error}) after ${seconds(ms)}; ${lines.length > shown.length ? `last ${shown.length} lines of ` : ''}${logFile}:`)
      print(shown.map((l) => `  │ ${l}`).join('\n') + '\n')
    }
  }

  const killAll = (sig) => { for (const c of children) killGroup(c, sig) }
  const stopAll = () => { killAll('SIGTERM'); setTimeout(() => killAll('SIGKILL'), 5000).unref() }
  signal.addEventListener('abort', stopAll, { once: true })
  const aborted = new Promise((r) => signal.addEventListener('abort', r, { once: true }))
  for (;;) {
    if (signal.aborted) break
    for (const s of blocked(steps, status)) {
      status[s.name] = 'skipped'
      results[s.name].status = 'skipped'
      print(`- ${s.name} skipped: ${(s.after ?? []).filter((a) => status[a] !== 'passed').join(', ')} did not pass`)
    }
    for (const s of startable(steps, status, capacity)) {
      status[s.name] = 'running'
      inFlight.set(s.name, runOne(s).finally(() => inFlight.delete(s.name)))
    }
    if (inFlight.size === 0) break
    await Promise.race([...inFlight.values(), aborted])
  }
  await Promise.allSettled([...inFlight.values()])
  return { results: steps.map((s) => results[s.name]), wallMs: Date.now() - t0 }
}

const clock = (ms) => { const s = Math.round(ms / 1000); return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}` }

/** The closing table: when each step started, how long it took, and how it ended. */
export function formatTable({ results, wallMs }, { capacity }) {
  const mark = { passed: '✓', failed: '✗', stopped: '■', skipped: '-', 'not run': '·' }
  const timeline = [...results].sort((a, b) => (a.startedAt ?? Infinity) - (b.startedAt ?? Infinity))
  const rows = timeline.map((r) => `  ${(r.startedAt === undefined ? '' : `+${clock(r.startedAt)}`).padStart(6)}  ${(r.ms === undefined ? '' : clock(r.ms)).padStart(5)}  ${mark[r.status]} ${r.name}`)
  const busy = results.reduce((sum, r) => sum + (r.ms ?? 0), 0)
  const counts = ['passed', 'failed', 'stopped', 'skipped', 'not run'].map((k) => [k, results.filter((r) => r.status === k).length]).filter(([, n]) => n)
  return ['', `   start   time  step (m:ss, wall clock)`, ...rows,
    `  total ${clock(wallMs)} on ${capacity} cores (the steps' own times add up to ${clock(busy)}); ${counts.map(([k, n]) => `${n} ${k}`).join(', ')}`].join('\n')
}
