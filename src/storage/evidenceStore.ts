/**
 * 每个案件的证据清单状态：每一项的状态（未准备 / 已准备 / 不适用）、笔记、照片（只存照片的登记，照片本身
 * 在手机的文件里，见 adapters/photoFiles.ts）。一个案件一个键，删除案件时整键删除（services/caseDeletion.ts）。
 * Item codes are kept as strings: a record written by a newer version, or for another 案由, keeps
 * the items this version does not show instead of failing to read.
 */
import * as z from 'zod/mini'
import type { KeyValueStore } from '@/adapters/storage'
import { addToQuarantine } from './quarantine'

export const evidenceStatuses = ['todo', 'ready', 'not_applicable'] as const
export type EvidenceStatus = (typeof evidenceStatuses)[number]

/** Longer than the note box allows (services/evidence.ts trims to NOTE_MAX_CHARS), so old notes never fail to read. */
const NOTE_SCHEMA_MAX = 5_000

const photoSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  /** File name inside the case's photo folder, e.g. 'p1a2b3c.jpg'. */
  file: z.string().check(z.minLength(1), z.maxLength(80)),
  bytes: z.number().check(z.int(), z.minimum(0)),
  addedAt: z.number(),
})
export type EvidencePhoto = z.infer<typeof photoSchema>

const itemSchema = z.object({
  status: z.enum(evidenceStatuses),
  note: z.string().check(z.maxLength(NOTE_SCHEMA_MAX)),
  photos: z.array(photoSchema),
})
export type EvidenceItemState = z.infer<typeof itemSchema>

const recordSchema = z.object({
  version: z.literal(1),
  /** 对方当事人人数（决定复印几份）；没填时按 1. */
  opposingParties: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(20))),
  items: z.record(z.string(), itemSchema),
})
export type EvidenceState = Omit<z.infer<typeof recordSchema>, 'version'>

export const evidenceKey = (caseId: string): string => `yingsu:evidence:v1:${caseId}`

export const emptyItemState = (): EvidenceItemState => ({ status: 'todo', note: '', photos: [] })

/** 读一个案件的清单状态；没有时为空。读不出来的记录原样移到隔离区，清单从头开始，不挡住页面。 */
export function loadEvidence(store: KeyValueStore, caseId: string, nowMs: number): EvidenceState {
  const key = evidenceKey(caseId)
  const raw = store.get(key)
  if (raw === undefined) return { items: {} }
  const parsed = recordSchema.safeParse(raw)
  if (parsed.success) {
    const { version: _version, ...state } = parsed.data
    return state
  }
  addToQuarantine(store, [{ at: nowMs, from: key, reason: `evidence_shape:${parsed.error.issues[0]?.path.join('.') ?? ''}`, raw }])
  store.remove(key)
  return { items: {} }
}

export function saveEvidence(store: KeyValueStore, caseId: string, state: EvidenceState): void {
  store.set(evidenceKey(caseId), { version: 1, ...state })
}

export function deleteEvidence(store: KeyValueStore, caseId: string): void {
  store.remove(evidenceKey(caseId))
}
