import * as z from 'zod/mini'
import type { KeyValueStore } from '@/adapters/storage'
import { QUARANTINE_KEY } from './caseRecord'

/** 一条读不出来的记录：原样保留，附上来源键和原因，以后可以人工找回。 */
export type QuarantineEntry = { at: number; from: string; reason: string; raw: unknown }

const entrySchema = z.object({ at: z.number(), from: z.string(), reason: z.string(), raw: z.unknown() })

/** 隔离区里的全部条目；隔离区本身坏了也不丢：把它当作一条原始数据保留。 */
export function readQuarantine(store: KeyValueStore): QuarantineEntry[] {
  const raw = store.get(QUARANTINE_KEY)
  if (raw === undefined) return []
  const parsed = z.array(entrySchema).safeParse(raw)
  return parsed.success ? (parsed.data as QuarantineEntry[]) : [{ at: 0, from: QUARANTINE_KEY, reason: 'quarantine_shape', raw }]
}

/** 追加条目。先写隔离区、再改原数据，中途被杀也不会两头都没有。 */
export function addToQuarantine(store: KeyValueStore, entries: QuarantineEntry[]): void {
  if (entries.length === 0) return
  store.set(QUARANTINE_KEY, [...readQuarantine(store), ...entries])
}
