/**
 * 证据清单的进度摘要（已准备 n/m），按案件 id。首页读它：首页在主包里，不能为了显示一个数字把清单
 * 生成器也带进主包。It is derived data the checklist pages rewrite (storage/prepProgressWrite.ts);
 * this module stays small because the main package carries it. A list, not a zod record: the
 * record schema would bring more zod code into the main package.
 */
import * as z from 'zod/mini'
import type { KeyValueStore } from '@/adapters/storage'
import { addToQuarantine } from './quarantine'

export const PREP_PROGRESS_KEY = 'yingsu:prep-progress:v1'

const count = z.number().check(z.int(), z.minimum(0))
const schema = z.object({ version: z.literal(1), cases: z.array(z.object({ id: z.string(), ready: count, total: count })) })
export type PrepProgressRow = z.infer<typeof schema>['cases'][number]

export type PrepProgress = { ready: number; total: number }

/** The stored rows; a record that does not read is quarantined (the checklist pages write it again). */
export function readPrepProgressRows(store: KeyValueStore, nowMs: number): PrepProgressRow[] {
  const raw = store.get(PREP_PROGRESS_KEY)
  if (raw === undefined) return []
  const parsed = schema.safeParse(raw)
  if (parsed.success) return parsed.data.cases
  addToQuarantine(store, [{ at: nowMs, from: PREP_PROGRESS_KEY, reason: 'prep_progress_shape', raw }])
  store.remove(PREP_PROGRESS_KEY)
  return []
}

/** 每个案件的进度；没有记录时为空对象。 */
export function readPrepProgress(store: KeyValueStore, nowMs: number): Record<string, PrepProgress> {
  const out: Record<string, PrepProgress> = {}
  for (const row of readPrepProgressRows(store, nowMs)) out[row.id] = { ready: row.ready, total: row.total }
  return out
}
