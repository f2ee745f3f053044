/**
 * 案件一生要读的事实和期限。Only the fields the stages read, so this module works with facts from
 * `parseCaseFacts` (whose `CaseFacts` carries them) and with hand-written test facts alike.
 */
import type { Procedure } from '../deadlines/caseFacts'
import type { DeadlineKind } from '../deadlines/deadlineRules'

/** The engine's kinds, plus those of the second-instance / after-judgment rules (issue 10). */
export type LifecycleKind = DeadlineKind | 'appeal_answer' | 'performance' | 'small_claims_objection'

export type LifecycleFacts = {
  procedure: Procedure
  /** 'second': the user holds 民终 papers; the judgment is final on service (第一百八十二条). */
  instance?: 'first' | 'second'
  servedOn?: string
  publicNoticeOn?: string
  hearingAt?: string
  judgmentServedOn?: string
  /** The day the other side's 上诉状副本 was served: there is an appeal (第一百七十四条). */
  appealServedOn?: string
  mediationStartedOn?: string
}

/** What the stages read of a deadline (`Deadline` from the engine fits). */
export type LifecycleDeadline = { kind: LifecycleKind; due: string; at?: string; startsFrom?: string | null }

/** The latest of the given kind, or undefined. */
export function deadlineOf<D extends LifecycleDeadline>(deadlines: readonly D[], kind: LifecycleKind): D | undefined {
  const found = deadlines.filter((d) => d.kind === kind)
  return found[found.length - 1]
}

/** A deadline whose legal last day is today or later is still open (the whole last day counts, 民法典第二百零三条). */
export const isOpen = (d: { due: string }, today: string): boolean => d.due >= today
