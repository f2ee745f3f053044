/**
 * 催收记录（第 1 版），每个案件一个键。存用户敲的原文（校验在读成文书时做，domain/collection/entry.ts），
 * 以及每条记录的截图登记（照片本身在手机的文件里，和证据照片在同一个案件文件夹，adapters/photoFiles.ts）。
 * 读的时候用 zod 校验：整个记录读不出来就移到隔离区、从空记录开始；只有某一条读不出来，只把那一条移到隔离区，
 * 其余照常显示。删除案件时整键删除（services/caseDeletion.ts）。
 */
import * as z from 'zod/mini'
import type { KeyValueStore } from '@/adapters/storage'
import { addToQuarantine } from './quarantine'

export const COLLECTION_VERSION = 1
export const collectionKey = (caseId: string): string => `yingsu:collection:v${COLLECTION_VERSION}:${caseId}`

/** Long enough for what a collector said over several calls; WeChat allows 1 MB per key. */
export const SAID_MAX_CHARS = 2_000
const SCHEMA_MAX = 5_000
const text = z.string().check(z.maxLength(SCHEMA_MAX))
const code = z.string().check(z.maxLength(64))

const photoSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  file: z.string().check(z.minLength(1), z.maxLength(80)),
  bytes: z.number().check(z.int(), z.minimum(0)),
  addedAt: z.number(),
})
export type EntryPhoto = z.infer<typeof photoSchema>

const entrySchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  on: text,
  at: text,
  channel: code,
  from: text,
  who: text,
  said: text,
  conduct: z.array(code).check(z.maxLength(20)),
  thirdParties: z.array(code).check(z.maxLength(20)),
  thirdPartyNote: text,
  photos: z.array(photoSchema),
  createdAt: z.number(),
  updatedAt: z.number(),
})
export type StoredEntry = z.infer<typeof entrySchema>

const envelopeSchema = z.object({
  version: z.literal(COLLECTION_VERSION),
  entries: z.array(z.unknown()),
})

export type CollectionRecord = { entries: StoredEntry[] }

export const emptyCollection = (): CollectionRecord => ({ entries: [] })

/** The record of a case; what cannot be read is set aside in the quarantine, never lost and never in the way. */
export function loadCollection(store: KeyValueStore, caseId: string, nowMs: number): CollectionRecord {
  const key = collectionKey(caseId)
  const raw = store.get(key)
  if (raw === undefined) return emptyCollection()
  const envelope = envelopeSchema.safeParse(raw)
  if (!envelope.success) {
    addToQuarantine(store, [{ at: nowMs, from: key, reason: `collection_shape:${envelope.error.issues[0]?.path.join('.') ?? ''}`, raw }])
    store.remove(key)
    return emptyCollection()
  }
  const entries: StoredEntry[] = []
  const bad: unknown[] = []
  for (const item of envelope.data.entries) {
    const parsed = entrySchema.safeParse(item)
    if (parsed.success) entries.push(parsed.data)
    else bad.push(item)
  }
  const record: CollectionRecord = { entries }
  if (bad.length > 0) {
    addToQuarantine(store, bad.map((item) => ({ at: nowMs, from: key, reason: 'collection_entry_shape', raw: item })))
    saveCollection(store, caseId, record)
  }
  return record
}

export function saveCollection(store: KeyValueStore, caseId: string, record: CollectionRecord): void {
  store.set(collectionKey(caseId), { version: COLLECTION_VERSION, entries: record.entries })
}

export function deleteCollection(store: KeyValueStore, caseId: string): void {
  store.remove(collectionKey(caseId))
}
