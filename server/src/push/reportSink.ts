/**
 * Group commit for delivery reports: WeChat pushes one subscribe_msg_sent_event per message, so
 * they arrive as fast as the dispatcher sends. Reports that arrive while a statement is running are
 * written together by the next one (recordDeliveryReports), so the push route keeps up with sending.
 */
import type { Db } from '../db/database.ts'
import { recordDeliveryReports, type IncomingReport, type ReportOutcome } from '../repositories/deliveryReports.ts'

const MAX_BATCH = 500

export interface ReportSink {
  submit(report: IncomingReport): Promise<ReportOutcome>
}

export function createReportSink(db: Db): ReportSink {
  let pending: { report: IncomingReport; resolve: (o: ReportOutcome) => void; reject: (e: unknown) => void }[] = []
  let running = false

  async function write(batch: typeof pending): Promise<void> {
    try {
      const outcomes = await recordDeliveryReports(db, batch.map((b) => b.report))
      batch.forEach((b, i) => b.resolve(outcomes[i]!))
    } catch (err) {
      if (batch.length === 1) { batch[0]!.reject(err); return }
      // One bad report must not fail its neighbours: retry them one by one.
      for (const b of batch) await write([b])
    }
  }

  async function drain(): Promise<void> {
    running = true
    try {
      while (pending.length > 0) {
        const batch = pending.slice(0, MAX_BATCH)
        pending = pending.slice(MAX_BATCH)
        await write(batch)
      }
    } finally {
      running = false
    }
  }

  return {
    submit(report) {
      return new Promise((resolve, reject) => {
        pending.push({ report, resolve, reject })
        if (!running) void drain()
      })
    },
  }
}
