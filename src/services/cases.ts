/**
 * 案件的用例：列表（带下一个期限）、读取、删除。首页在主包里用它，所以不引入表单相关的代码（保存表单见 intakeSave.ts）。
 */
import type { KeyValueStore } from '@/adapters/storage'
import type { Deadline } from '@/domain/deadlines'
import { caseStages, currentStage, type Stage } from '@/domain/lifecycle/caseStages'
import { deleteCase, loadCases } from '@/storage/caseStore'
import type { CaseRecord } from '@/storage/caseRecord'
import { currentHolidayCalendar } from './holidayUpdates'
import { buildTimeline, nextDeadline } from './timeline'

/** stage: 案件现在处在哪个阶段（首页在期限都过了时显示它，而不是一个红色的“已过期”）。 */
export type CaseSummary = { record: CaseRecord; next: Deadline | null; stage: Stage }
export type CaseList = { cases: CaseSummary[]; quarantined: number }

/** 没过期的按日期从近到远，其次是已过期的，最后是还没有期限的。 */
function rank(summary: CaseSummary): [number, string] {
  const next = summary.next
  if (!next) return [2, '']
  return [(next.daysLeft ?? 0) >= 0 ? 0 : 1, next.due]
}

export function listCases(store: KeyValueStore, nowMs: number, today: string): CaseList {
  const { cases, quarantined } = loadCases(store, nowMs)
  const calendar = currentHolidayCalendar(store)
  const summaries = cases.map((record) => {
    const timeline = buildTimeline(record, today, calendar)
    return { record, next: nextDeadline(timeline.deadlines), stage: currentStage(caseStages(timeline.facts, timeline.deadlines, today)) }
  })
  summaries.sort((a, b) => {
    const [ga, da] = rank(a)
    const [gb, db] = rank(b)
    return ga - gb || (da < db ? -1 : da > db ? 1 : 0)
  })
  return { cases: summaries, quarantined }
}

export function findCase(store: KeyValueStore, id: string, nowMs: number): CaseRecord | null {
  return loadCases(store, nowMs).cases.find((c) => c.id === id) ?? null
}

export function removeCase(store: KeyValueStore, id: string, nowMs: number): void {
  deleteCase(store, id, nowMs)
}
