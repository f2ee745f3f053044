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
import { markSendsStarted } from './intent.ts'
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
  /** How long to stop claiming after 45009 (daily quota). */
  quotaPauseMs?: number
}

export interface DispatcherStats {
  claimed: number; sent: number; needsConsent: number; failed: number; retried: number; expired: number
  /** Claimed, then not sent: cancelled or deleted (delete-me) before the send began. */
  dropped: number
  /** 43101 on the retry of a send whose outcome was unknown. */
  probablyDelivered: number
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
  const stats: DispatcherStats = { claimed: 0, sent: 0, needsConsent: 0, failed: 0, retried: 0, expired: 0, dropped: 0, probablyDelivered: 0 }
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

  function flush(): Promise<void> {
    if (flushTimer) { clearTimeout(flushTimer); flushTimer = undefined }
    flushing = flushing.then(async () => {
      if (buffer.length === 0) return
      const batch = buffer
      buffer = []
      try {
        await recordOutcomes(o.db, o.workerId, batch)
      } catch (err) {
        // Not recorded means the lease runs out and the row is sent again: a duplicate, never a loss.
        o.logger.error({ err, count: batch.length }, 'dispatcher: could not record outcomes')
      }
    })
    return flushing
  }

  async function sendAndQueue(r: ClaimedReminder): Promise<void> {
    const outcome = await sendReminder(r, o)
    const now = o.now()
    const action = applyOutcome(outcome, { attempts: r.attempts, maxAttempts: o.tuning.maxAttempts, now, random, backoff: o.backoff, inDoubt: r.inDoubt })
    if (action.state === 'sent') stats.sent++
    else if (action.state === 'needs_consent') stats.needsConsent++
    else if (action.state === 'probably_delivered') stats.probablyDelivered++
    else if (action.state === 'failed') {
      stats.failed++
      o.logger.error({ reminderId: r.id, kind: r.kind, templateId: r.templateId, errcode: action.errcode, error: action.error },
        'dispatcher: reminder failed; fix the template table or formatting')
    } else {
      stats.retried++
      if (action.pauseDispatch) pausedUntil = now + (o.quotaPauseMs ?? 60_000)
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
        stats.dropped++
      }
    }, (err: unknown) => {
      // Not sent and no intent recorded: the lease runs out and the rows are sent later, safely.
      inFlight -= group.length
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
      const r = await reclaimExpiredLeases(o.db, now, o.tuning.maxAttempts, o.tuning.evidenceWaitMs ?? 0)
      if (r.rescheduled + r.inDoubt + r.confirmed + r.failed > 0) o.logger.warn(r, 'dispatcher: reclaimed reminders whose lease ran out')
      const closed = await expireOverdueNeedingConsent(o.db, now)
      if (closed > 0) o.logger.info({ count: closed }, 'dispatcher: closed reminders whose event passed while waiting for consent')
    }
    const res = await claimDueReminders(o.db, { now, limit, workerId: o.workerId, leaseMs: o.tuning.leaseMs })
    stats.claimed += res.toSend.length
    stats.expired += res.counts.expire
    stats.needsConsent += res.counts.needs_consent
    queue.push(...res.toSend)
    pump()
    return res.toSend.length + res.counts.expire + res.counts.needs_consent
  }

  /** On stop, rows claimed but never started go straight back to the schedule for any instance. */
  async function releaseQueued(): Promise<void> {
    const ids = queue.splice(0).map((r) => r.id)
    if (ids.length === 0) return
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
    await releaseQueued()
    while (inFlight > 0 || marking > 0) await nap(50)
    await flush()
  }

  return {
    stats,
    start() {
      if (running) return
      running = true
      loopDone = loop()
    },
    async stop() {
      running = false
      poke()
      await loopDone
      await flush()
    },
    async runOnce() {
      const touched = await claimBatch(o.tuning.batchSize)
      while (busy()) await nap(5)
      await flush()
      return touched
    },
  }
}
