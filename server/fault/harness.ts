/** Spawns real dispatcher processes (src/dispatcherMain.ts) against a test schema and the stand-in. */
import { spawn, type ChildProcess } from 'node:child_process'
import { hostname } from 'node:os'
import { fileURLToPath } from 'node:url'
import { sql } from 'kysely'
import type { Db } from '../src/db/database.ts'
import { FAKE_APPID, FAKE_SECRET, type FakeWechat } from '../src/fakeWechat/index.ts'
import { PG_URL } from '../test/helpers/testDb.ts'

export const TEMPLATE = 'tmplFault01'
const serverDir = fileURLToPath(new URL('..', import.meta.url))

export const faultTemplates = JSON.stringify({
  default: {
    templateId: TEMPLATE,
    fields: {
      thing1: { from: 'title', type: 'thing' },
      date2: { from: 'eventAt', type: 'date' },
      thing4: { from: 'caseLabel', type: 'thing' },
    },
  },
})

export function registerFaultTemplate(fake: FakeWechat) {
  fake.state.registerTemplate({ templateId: TEMPLATE, title: '期限提醒', keywords: { thing1: 'thing', date2: 'date', thing4: 'thing' } })
}

export interface Worker { child: ChildProcess; workerId: string; exited: Promise<number | null>; stderr: string; log: string }

/** `dbUrl`: another way to the same database (the outage tests go through a TCP proxy they can cut). */
export function spawnDispatcher(schema: string, fake: FakeWechat, tuning: Record<string, string> = {}, dbUrl = PG_URL): Worker {
  // TEST_DATABASE_URL may carry its own query (e.g. ?sslmode=disable): add to it, do not start a second one.
  const url = `${dbUrl}${dbUrl.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`
  const child = spawn(process.execPath, ['--import', 'tsx', '--import', './src/preload/register.mjs', 'src/dispatcherMain.ts'], {
    cwd: serverDir,
    env: {
      PATH: process.env.PATH, DATABASE_URL: url, WX_APPID: FAKE_APPID, WX_SECRET: FAKE_SECRET, WX_API_BASE: fake.url,
      WX_TEMPLATES: faultTemplates, LOG_LEVEL: 'warn', DISPATCH_LEASE_SECONDS: '5', DISPATCH_SEND_TIMEOUT_MS: '1200', DISPATCH_POLL_MS: '50',
      DISPATCH_CONCURRENCY: '50', DISPATCH_BATCH_SIZE: '50', ...tuning,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stderr = ''
  child.stderr?.on('data', (b: Buffer) => { stderr += b.toString() })
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => {
    worker.stderr = stderr
    if (code !== 0 && code !== null) process.stderr.write(`dispatcher ${child.pid} exited ${code}: ${stderr}\n${worker.log.split('\n').slice(-20).join('\n')}\n`)
    resolve(code)
  }))
  const worker: Worker = { child, workerId: `${hostname()}:${child.pid}`, exited, stderr: '', log: '' }
  child.stderr?.on('data', () => { worker.stderr = stderr })
  // pino's lines (LOG_LEVEL warn and up): the outage tests count what the process went through.
  child.stdout?.on('data', (b: Buffer) => { worker.log += b.toString() })
  return worker
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

export async function countByState(db: Db): Promise<Record<string, number>> {
  const rows = await sql<{ state: string; n: number }>`select state, count(*)::int as n from reminders group by state`.execute(db)
  return Object.fromEntries(rows.rows.map((r) => [r.state, r.n]))
}

/** Waits until no reminder is scheduled or sending (or the deadline passes). */
export async function waitUntilSettled(db: Db, timeoutMs: number): Promise<Record<string, number>> {
  const until = Date.now() + timeoutMs
  for (;;) {
    const s = await countByState(db)
    if (!s.scheduled && !s.sending) return s
    if (Date.now() > until) return s
    await sleep(200)
  }
}

/**
 * Kills `w` with SIGKILL the moment the stand-in has written its answer to the `target`-th
 * successful send from now: that send reached WeChat and its answer is on the wire, and the
 * dispatcher (which records in batches) cannot have recorded it. Resolves when the process is gone.
 */
export async function killRightAfterAnswer(fake: FakeWechat, w: Worker, target: number, timeoutMs: number): Promise<'killed' | 'timeout'> {
  let answered = 0
  let killed = false
  fake.state.onAnswered = () => {
    if (killed || ++answered < target) return
    killed = true
    w.child.kill('SIGKILL')
  }
  const until = Date.now() + timeoutMs
  while (!killed && Date.now() < until) await sleep(20)
  fake.state.onAnswered = undefined
  if (!killed) w.child.kill('SIGKILL')
  await w.exited
  return killed ? 'killed' : 'timeout'
}

/** Titles end in `#<n>`; how many times each reminder reached the inbox. */
export function deliveriesPerReminder(fake: FakeWechat): Map<string, number> {
  const m = new Map<string, number>()
  for (const msg of fake.state.inbox) {
    const title = msg.data.thing1?.value ?? ''
    m.set(title, (m.get(title) ?? 0) + 1)
  }
  return m
}
