/**
 * 证据清单的骨架和进度（已准备 n/m）：案件 + 保存的状态 → 这个案件要准备哪些、准备了几项。
 * 详情页只用这里（不带文案），清单页再加上每一项的文字（services/evidence.ts）。每次算出进度都写进
 * 摘要（storage/prepProgress.ts），首页读它，不必把清单生成器放进主包。
 */
import type { KeyValueStore } from '@/adapters/storage'
import { beijingToday } from '@/domain/calendar/plainDate'
import { claimKindOf, type ClaimKind } from '@/domain/claims/claimKind'
import type { LimitationAssessment } from '@/domain/claims/limitation'
import type { Deadline, Procedure } from '@/domain/deadlines'
import { caseStage, type CaseStage } from '@/domain/evidence/caseStage'
import { evidenceChecklist, type EvidenceItem } from '@/domain/evidence/checklist'
import type { CaseRecord } from '@/storage/caseRecord'
import { emptyItemState, loadEvidence, type EvidenceItemState, type EvidenceState } from '@/storage/evidenceStore'
import type { PrepProgress } from '@/storage/prepProgress'
import { writePrepProgress } from '@/storage/prepProgressWrite'
import { currentHolidayCalendar } from './holidayUpdates'
import { limitationForRecord } from './limitation'
import { buildTimeline, engineInput, nextDeadline, type Timeline } from './timeline'

export type ChecklistRow = { item: EvidenceItem; state: EvidenceItemState }

export type ChecklistSkeleton = {
  claimKind: ClaimKind
  /** True when the 案由 was inferred from the lender, not chosen by the user. */
  claimKindInferred: boolean
  procedure: Procedure
  stage: CaseStage
  opposingParties: number
  /** The nearest deadline still ahead (or the last one passed), to say what comes next. */
  next: Deadline | null
  rows: ChecklistRow[]
  progress: PrepProgress
  /** The limitation check from the claim check's answers: 'may_have_run' adds the demand-records item. */
  limitation: LimitationAssessment
}

/** 已准备 = marked ready; the total leaves out what the user marked 不适用. */
export function progressOf(rows: readonly ChecklistRow[]): PrepProgress {
  const counted = rows.filter((r) => r.state.status !== 'not_applicable')
  return { ready: counted.filter((r) => r.state.status === 'ready').length, total: counted.length }
}

/** The checklist of a case with the user's saved state merged in (items of another 案由 stay stored, unshown). */
export function checklistSkeleton(record: CaseRecord, state: EvidenceState, timeline: Timeline, today: string, limitation: LimitationAssessment = { status: 'unanswered' }): ChecklistSkeleton {
  const procedure = engineInput(record).facts.procedure
  const stage = caseStage({ procedure, documents: record.documents, judgmentServedOn: record.facts.judgmentServedOn, deadlines: timeline.deadlines, today })
  const claimKind = claimKindOf(record)
  const opposingParties = state.opposingParties ?? 1
  const rows = evidenceChecklist({ claimKind, procedure, stage, opposingParties, documents: record.documents, limitation: limitation.status })
    .map((item) => ({ item, state: state.items[item.code] ?? emptyItemState() }))
  return {
    claimKind, claimKindInferred: record.claimKind === undefined,
    procedure, stage, opposingParties, next: nextDeadline(timeline.deadlines), rows, progress: progressOf(rows), limitation,
  }
}

/**
 * Loads the state, builds the checklist and records its progress for the home page.
 * Pass the timeline when the caller has it (the detail page), to avoid computing it twice.
 */
export function loadChecklistSkeleton(store: KeyValueStore, record: CaseRecord, nowMs: number, timeline?: Timeline): ChecklistSkeleton {
  const today = beijingToday(nowMs)
  const timelineNow = timeline ?? buildTimeline(record, today, currentHolidayCalendar(store))
  const skeleton = checklistSkeleton(record, loadEvidence(store, record.id, nowMs), timelineNow, today, limitationForRecord(store, record, nowMs))
  writePrepProgress(store, record.id, skeleton.progress, nowMs)
  return skeleton
}
