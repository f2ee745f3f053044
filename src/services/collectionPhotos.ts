/**
 * 催收记录的截图：和证据照片一样只存在手机上（同一个案件文件夹，adapters/photoFiles.ts），登记在这一条记录里。
 * 和证据照片一起算这个案件的体积上限（evidencePhotos.ts 的 CASE_PHOTO_LIMIT_BYTES）。
 */
import { photoFiles, type PickedPhoto } from '@/adapters/photoFiles'
import type { KeyValueStore } from '@/adapters/storage'
import { loadCollection, saveCollection, type EntryPhoto } from '@/storage/collectionStore'
import { loadEvidence } from '@/storage/evidenceStore'
import { collectionPhotoBytes, emptyEntryDraft } from './collection'
import { CASE_PHOTO_LIMIT_BYTES, PICK_MAX, casePhotoBytes, type AddPhotosOutcome } from './evidencePhotos'

const usedBytes = (store: KeyValueStore, caseId: string, nowMs: number): number =>
  casePhotoBytes(loadEvidence(store, caseId, nowMs)) + collectionPhotoBytes(loadCollection(store, caseId, nowMs))

const newPhotoId = (nowMs: number, i: number, random: () => number): string =>
  `c${nowMs.toString(36)}${i.toString(36)}${Math.floor(random() * 36 ** 4).toString(36).padStart(4, '0')}`

/**
 * Opens the chooser at once (call it first thing in the tap), keeps what fits under the case's limit and registers
 * it on the entry. An entry not saved yet is created with today's date, so a screenshot is never orphaned.
 */
export function addEntryPhotosOnTap(store: KeyValueStore, caseId: string, entryId: string, today: string, nowMs: number, random: () => number = Math.random): Promise<AddPhotosOutcome> {
  const before = usedBytes(store, caseId, nowMs)
  if (before >= CASE_PHOTO_LIMIT_BYTES) return Promise.resolve({ ok: false, code: 'limit_reached', usedBytes: before, limitBytes: CASE_PHOTO_LIMIT_BYTES })
  return photoFiles().pick(PICK_MAX).then(async (picked) => {
    if (!picked.ok) return { ok: false, code: picked.code, usedBytes: before, limitBytes: CASE_PHOTO_LIMIT_BYTES }
    return keep(store, caseId, entryId, picked.photos, today, nowMs, random)
  })
}

async function keep(store: KeyValueStore, caseId: string, entryId: string, photos: PickedPhoto[], today: string, nowMs: number, random: () => number): Promise<AddPhotosOutcome> {
  let used = usedBytes(store, caseId, nowMs)
  const kept: EntryPhoto[] = []
  let skippedForLimit = 0
  let failed: 'no_space' | 'write_failed' | null = null
  for (const [i, photo] of photos.entries()) {
    if (failed === 'no_space') continue
    if (used + photo.bytes > CASE_PHOTO_LIMIT_BYTES) { skippedForLimit++; continue }
    const id = newPhotoId(nowMs, i, random)
    const saved = await photoFiles().save(caseId, `${id}${photo.ext}`, photo)
    if (!saved.ok) { failed = saved.code; continue }
    kept.push({ id, file: `${id}${photo.ext}`, bytes: photo.bytes, addedAt: nowMs })
    used += photo.bytes
  }
  if (kept.length > 0) {
    const record = loadCollection(store, caseId, nowMs)
    const old = record.entries.find((e) => e.id === entryId)
    const entry = old ? { ...old, photos: [...old.photos, ...kept], updatedAt: nowMs } : { ...emptyEntryDraft(today), conduct: [], thirdParties: [], id: entryId, photos: kept, createdAt: nowMs, updatedAt: nowMs }
    saveCollection(store, caseId, { ...record, entries: old ? record.entries.map((e) => (e.id === entryId ? entry : e)) : [...record.entries, entry] })
  }
  return { ok: true, added: kept.length, skippedForLimit, usedBytes: used, limitBytes: CASE_PHOTO_LIMIT_BYTES, failed }
}

/** Removes one screenshot: the file first, then its entry in the record. */
export async function removeEntryPhoto(store: KeyValueStore, caseId: string, entryId: string, photoId: string, nowMs: number): Promise<void> {
  const entry = loadCollection(store, caseId, nowMs).entries.find((e) => e.id === entryId)
  const photo = entry?.photos.find((p) => p.id === photoId)
  if (!entry || !photo) return
  await photoFiles().remove(caseId, photo.file)
  const fresh = loadCollection(store, caseId, nowMs)
  saveCollection(store, caseId, { ...fresh, entries: fresh.entries.map((e) => (e.id === entryId ? { ...e, photos: e.photos.filter((p) => p.id !== photoId), updatedAt: nowMs } : e)) })
}
