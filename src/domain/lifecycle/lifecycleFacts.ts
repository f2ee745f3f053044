/**
 * 案件一生要读的事实和期限。Only the fields the stages read, so this module works with facts from
 * `parseCaseFacts` (whose `CaseFacts` carries them) and with hand-written test facts alike.
 */
import type { CaseFacts } from '../deadlines/caseFacts'
import type { DeadlineKind } from '../deadlines/deadlineRules'

export type LifecycleKind = DeadlineKind

/** The engine's own facts, narrowed to what the stages read (documented on `CaseFacts`). */
export type LifecycleFacts = Pick<CaseFacts,
  'procedure' | 'instance' | 'servedOn' | 'publicNoticeOn' | 'hearingAt' | 'judgmentServedOn' | 'appealServedOn' | 'mediationStartedOn'>

/** What the stages read of a deadline (`Deadline` from the engine fits). */
export type LifecycleDeadline = { kind: LifecycleKind; due: string; at?: string; startsFrom?: string | null }

/** The latest of the given kind, or undefined. */
export function deadlineOf<D extends LifecycleDeadline>(deadlines: readonly D[], kind: LifecycleKind): D | undefined {
  const found = deadlines.filter((d) => d.kind === kind)
  return found[found.length - 1]
}

/** A deadline whose legal last day is today or later is still open (the whole last day counts, 民法典第二百零三条). */
export const isOpen = (d: { due: string }, today: string): boolean => d.due >= today
