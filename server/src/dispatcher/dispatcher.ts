/**
 * 调度循环（唯一读时钟的地方）：认领 → 记下发送意图 → 有界并发发送 → 批量记录结果。
 * Claims run ahead of the sends (a local queue of up to two batches), so send slots never wait
 * for a claim transaction. Before a group of sends starts, one UPDATE records the intent and
 * re-checks that each reminder and its user still exist (intent.ts); it also renews the lease, which
 * must outlast a send. Outcomes are written in batches so the database is not the bottleneck.
 */
import type { Logger } from 'pino'
import type { DispatcherTuning } from '../config.ts'
import type { Db } from '../db/database.ts'
import type { TemplateTable } from '../templates.ts'
import type { WechatClient } from '../wechat/types.ts'
import { claimDueReminders, expireOverdueNeedingConsent, reclaimExpiredLeases, type ClaimedReminder } from './claim.ts'
import { extendLeases, markSendsStarted } from './intent.ts'
import { recordOutcomes, type RecordedOutcome } from './record.ts'
import { applyOutcome, type BackoffPolicy } from './schedule.ts'
import { sendReminder } from './sendOne.ts'

export interface DispatcherOptions {
  db: Db
  wechat: WechatClient
  templates: TemplateTable
  miniprogramState: 'developer' | 'trial' | 'formal'
  workerId: string
  tuning: DispatcherTuning
  now: () => number
  random?: () => number
  backoff?: BackoffPolicy
  logger: Pick<Logger, 'info' | 'warn' | 'error' | 'debug'>
}

export interface DispatcherStats {
  claimed: number; sent: number; needsConsent: number; failed: number; retried: number; expired: number
  /** Claimed, then not sent: cancelled or deleted (delete-me) before the send began. */
  dropped: number
  /** 43101 on the retry of a send whose outcome was unknown. */
  probablyDelivered: number
  /** Sends that may have reached WeChat without an answer (timeouts after writing, 5xx, cut answers). */
  inDoubt: number
  /** Times recording outcomes failed (database away); the outcomes were kept and written later. */
  recordRetries: number
}

export interface Dispatcher {
  start(): void
  /** Stops claiming, waits for in-flight sends and their records. */
  stop(): Promise<void>
  /** One claim → send → record pass (tests); returns how many rows the claim touched. */
  runOnce(): Promise<number>
  stats: DispatcherStats
}

export function createDispatcher(o: DispatcherOptions): Dispatcher {
  const random = o.random ?? Math.random
  const stats: DispatcherStats = { claimed: 0, sent: 0, needsConsent: 0, failed: 0, retried: 0, expired: 0, dropped: 0, probablyDelivered: 0, inDoubt: 0, recordRetries: 0 }
  /**
   * Rows this process holds under its lease: claimed and queued, being sent, or sent with the outcome
   * not yet recorded. Their leases are renewed while held, and this process's sweep leaves them alone.
   */
  const held = new Set<string>()
  let running = false
  let loopDone: Promise<void> = Promise.resolve()
  let inFlight = 0
  let pausedUntil = 0
  let lastSweep = 0
  let buffer: RecordedOutcome[] = []
  let flushing: Promise<void> = Promise.resolve()
  let wake: (() => void) | undefined

  const nap = (ms: number) => new Promise<void>((resolve) => {
    const t = setTimeout(done, ms)
    function done() { clearTimeout(t); wake = undefined; resolve() }
    wake = done
  })
  const poke = () => wake?.()

  let flushTimer: NodeJS.Timeout | undefined
  /** Outcomes are written ~every 25 ms or every 64, whichever first: one transaction per send would cost more than the send. */
  function scheduleFlush(): void {
    if (buffer.length >= 64) { void flush(); return }
    flushTimer ??= setTimeout(() => { flushTimer = undefined; void flush() }, 25)
  }

  let recordFailures = 0
  /** Resolves true when the buffer was written (or empty); false: kept for the next try. */
  function flush(): Promise<boolean> {
    if (flushTimer) { clearTimeout(flushTimer); flushTimer = undefined }
    const done = flushing.then(async () => {
      if (buffer.length === 0) return true
      const batch = buffer
      buffer = []
      try {
        await recordOutcomes(o.db, o.workerId, batch)
        for (const r of batch) held.delete(r.id)
        recordFailures = 0
        return true
      } catch (err) {
        // Never dropped: a lost outcome would let the lease run out and the row be sent again. Kept
        // (their leases renewed meanwhile, see renewLeases) and written once the database is back.
        buffer = batch.concat(buffer)
        stats.recordRetries++
        recordFailures++
        o.logger.error({ err, count: batch.length }, 'dispatcher: could not record outcomes; keeping them and retrying')
        flushTimer ??= setTimeout(() => { flushTimer = undefined; void flush() }, Math.min(5000, 250 * 2 ** Math.min(recordFailures, 5)))
        return false
      }
    })
    flushing = done.then(() => undefined)
    return done
  }

  /** Renews the leases of everything held, every third of a lease (and keeps trying while the database is away). */
  const renewEvery = Math.max(250, Math.floor(o.tuning.leaseMs / 3))
  let renewTimer: NodeJS.Timeout | undefined
  function renewLeases(): void {
    renewTimer = setTimeout(() => {
      const ids = [...held]
      const next = () => { if (running || held.size > 0) renewLeases(); else renewTimer = undefined }
      if (ids.length === 0) { next(); return }
      extendLeases(o.db, o.workerId, ids, o.tuning.leaseMs).then(next, (err: unknown) => {
        o.logger.warn({ err, count: ids.length }, 'dispatcher: could not renew leases; retrying')
        next()
      })
    }, renewEvery)
    renewTimer.unref()
  }

  async function sendAndQueue(r: ClaimedReminder): Promise<void> {
    const outcome = await sendReminder(r, o)
    const now = o.now()
    const action = applyOutcome(outcome, {
      now, random, backoff: o.backoff, inDoubt: r.inDoubt, eventAt: r.eventAt, waits: r.waits,
      evidenceWaitMs: o.tuning.evidenceWaitMs, sendTimeoutMs: o.tuning.sendTimeoutMs,
    })
    if (action.state === 'sent') stats.sent++
    else if (action.state === 'needs_consent') stats.needsConsent++
    else if (action.state === 'probably_delivered') stats.probablyDelivered++
    else if (action.state === 'failed') {
      stats.failed++
      o.logger.error({ reminderId: r.id, kind: r.kind, templateId: r.templateId, errcode: action.errcode, error: action.error },
        'dispatcher: reminder failed; fix the template table or formatting')
    } else if (action.state === 'in_doubt') {
      stats.inDoubt++
      o.logger.warn({ reminderId: r.id, errcode: action.errcode, error: action.error }, 'dispatcher: send may have reached WeChat; deciding by evidence')
    } else {
      stats.retried++
      if (action.pauseUntil !== undefined && action.pauseUntil > pausedUntil) {
        pausedUntil = action.pauseUntil
        o.logger.warn({ until: new Date(pausedUntil).toISOString() }, "dispatcher: WeChat's daily quota is used up (45009); no sends until it resets at midnight, Beijing")
      }
      o.logger.warn({ reminderId: r.id, errcode: action.errcode, nextAttemptAt: action.nextAttemptAt }, 'dispatcher: send will be retried')
    }
    buffer.push({ id: r.id, action, at: now })
  }

  /** Claimed rows waiting for a send slot: claiming ahead keeps slots busy while the next claim runs. */
  const queue: ClaimedReminder[] = []

  /** Called with its slot already counted in `inFlight`. */
  function launch(r: ClaimedReminder): void {
    sendAndQueue(r).finally(() => {
      inFlight--
      scheduleFlush()
      pump()
      poke()
    })
  }

  /**
   * Fills free slots: the next rows' intent is recorded in one UPDATE, then the rows it returned are
   * sent. Group commit: at most MAX_MARKING such UPDATEs run at once; slots that free up meanwhile
   * wait for the next one, so one statement covers many sends.
   */
  const MAX_MARKING = 2
  let marking = 0
  function pump(): void {
    if (marking >= MAX_MARKING) return
    const free = o.tuning.concurrency - inFlight
    if (free <= 0 || queue.length === 0) return
    const group = queue.splice(0, free)
    inFlight += group.length
    marking++
    markSendsStarted(o.db, o.workerId, group.map((r) => r.id), o.now(), o.tuning.leaseMs).then((mayStart) => {
      for (const r of group) {
        if (mayStart.has(r.id)) { launch(r); continue }
        inFlight--
        held.delete(r.id)
        stats.dropped++
      }
    }, (err: unknown) => {
      // Not sent: the lease runs out and the rows are sent later (in doubt if the UPDATE did commit).
      inFlight -= group.length
      for (const r of group) held.delete(r.id)
      o.logger.error({ err, count: group.length }, 'dispatcher: could not record the intent to send; the rows wait for their lease')
    }).finally(() => {
      marking--
      pump()
      poke()
    })
  }

  async function claimBatch(limit: number): Promise<number> {
    const now = o.now()
    if (now - lastSweep >= Math.min(1000, o.tuning.leaseMs / 2)) {
      lastSweep = now
      const r = await reclaimExpiredLeases(o.db, now, o.tuning.maxAttempts, o.tuning.evidenceWaitMs ?? 0, { workerId: o.workerId, ids: held })
      if (r.rescheduled + r.inDoubt + r.confirmed + r.failed > 0) o.logger.warn(r, 'dispatcher: reclaimed reminders whose lease ran out')
      const closed = await expireOverdueNeedingConsent(o.db, now)
      if (closed > 0) o.logger.info({ count: closed }, 'dispatcher: closed reminders whose event passed while waiting for consent')
    }
    const res = await claimDueReminders(o.db, { now, limit, workerId: o.workerId, leaseMs: o.tuning.leaseMs, dailyCap: o.tuning.dailyCap })
    for (const r of res.toSend) held.add(r.id)
    stats.claimed += res.toSend.length
    stats.expired += res.counts.expire
    stats.needsConsent += res.counts.needs_consent
    queue.push(...res.toSend)
    pump()
    return res.toSend.length + res.counts.expire + res.counts.needs_consent + res.counts.defer
  }

  /** On stop, rows claimed but never started go straight back to the schedule for any instance. */
  async function releaseQueued(): Promise<void> {
    const ids = queue.splice(0).map((r) => r.id)
    if (ids.length === 0) return
    for (const id of ids) held.delete(id)
    await o.db.updateTable('reminders')
      .set((eb) => ({ state: 'scheduled', lease_until: null, claimed_by: null, attempts: eb('attempts', '-', 1) }))
      .where('id', 'in', ids).where('state', '=', 'sending').where('claimed_by', '=', o.workerId)
      .execute()
  }

  const busy = () => queue.length > 0 || inFlight > 0 || marking > 0

  async function loop(): Promise<void> {
    const batch = o.tuning.batchSize
    while (running) {
      try {
        if (pausedUntil > o.now()) { await nap(Math.min(o.tuning.pollMs, pausedUntil - o.now())); continue }
        // Enough claimed and waiting: sleep until a send finishes (poke) or the poll interval passes.
        if (queue.length >= batch) { await nap(o.tuning.pollMs); continue }
        const touched = await claimBatch(batch)
        if (touched < batch) await nap(o.tuning.pollMs)
      } catch (err) {
        o.logger.error({ err }, 'dispatcher: claim failed; retrying after the poll interval')
        await nap(o.tuning.pollMs)
      }
    }
    await releaseQueued().catch((err: unknown) => o.logger.error({ err }, 'dispatcher: could not release queued rows; their leases will run out'))
    while (inFlight > 0 || marking > 0) await nap(50)
    await flushUntilWritten()
  }

  /** On stop: keep trying while the database is away, but not forever (a drain must end). */
  async function flushUntilWritten(deadlineMs = Math.max(o.tuning.leaseMs, 30_000)): Promise<void> {
    const until = Date.now() + deadlineMs
    while (!(await flush())) {
      if (Date.now() > until) {
        o.logger.error({ count: buffer.length }, 'dispatcher: stopping with outcomes not recorded; their rows are decided as in doubt when the leases run out')
        return
      }
      await new Promise((r) => setTimeout(r, 500))
    }
  }

  return {
    stats,
    start() {
      if (running) return
      running = true
      renewLeases()
      loopDone = loop()
    },
    async stop() {
      running = false
      poke()
      await loopDone
      await flushUntilWritten()
      if (renewTimer) clearTimeout(renewTimer)
    },
    async runOnce() {
      if (pausedUntil > o.now()) return 0
      const touched = await claimBatch(o.tuning.batchSize)
      while (busy()) await nap(5)
      await flush()
      return touched
    },
  }
}
