/**
 * 证据照片：点一下选取或拍摄，存进这个案件的文件夹（只在手机上），登记在清单状态里。
 * 每个案件有体积上限：微信给一个小程序的本地文件一共 200 MB（文书等也要用），照片不能把它占满。
 */
import { photoFiles, type PickedPhoto, type PickFailure } from '@/adapters/photoFiles'
import type { KeyValueStore } from '@/adapters/storage'
import type { EvidenceItemCode } from '@/domain/evidence/checklist'
import { emptyItemState, loadEvidence, saveEvidence, type EvidencePhoto, type EvidenceState } from '@/storage/evidenceStore'

/** 30 MB per case: 30–100 compressed phone photos; six full cases still leave room in WeChat's 200 MB. */
export const CASE_PHOTO_LIMIT_BYTES = 30 * 1024 * 1024
/** wx.chooseMedia takes at most 9 images on older base libraries. */
export const PICK_MAX = 9

export type AddPhotosOutcome =
  | { ok: true; added: number; skippedForLimit: number; usedBytes: number; limitBytes: number; failed: 'no_space' | 'write_failed' | null }
  | { ok: false; code: PickFailure | 'limit_reached'; usedBytes: number; limitBytes: number }

/** Bytes of every photo registered for the case. */
export function casePhotoBytes(state: EvidenceState): number {
  let sum = 0
  for (const item of Object.values(state.items)) for (const p of item.photos) sum += p.bytes
  return sum
}

const newPhotoId = (nowMs: number, i: number, random: () => number): string =>
  `p${nowMs.toString(36)}${i.toString(36)}${Math.floor(random() * 36 ** 4).toString(36).padStart(4, '0')}`

/**
 * Opens the chooser at once (call it first thing in the tap), then keeps the photos that fit under
 * the case's limit, in the order chosen, and registers each one that was saved.
 */
export function addPhotosOnTap(store: KeyValueStore, caseId: string, code: EvidenceItemCode, nowMs: number, random: () => number = Math.random): Promise<AddPhotosOutcome> {
  const before = loadEvidence(store, caseId, nowMs)
  const usedBefore = casePhotoBytes(before)
  const limitBytes = CASE_PHOTO_LIMIT_BYTES
  if (usedBefore >= limitBytes) return Promise.resolve({ ok: false, code: 'limit_reached', usedBytes: usedBefore, limitBytes })
  const picking = photoFiles().pick(PICK_MAX)
  return picking.then(async (picked) => {
    if (!picked.ok) return { ok: false, code: picked.code, usedBytes: usedBefore, limitBytes }
    return keepPhotos(store, caseId, code, picked.photos, nowMs, random)
  })
}

async function keepPhotos(store: KeyValueStore, caseId: string, code: EvidenceItemCode, photos: PickedPhoto[], nowMs: number, random: () => number): Promise<AddPhotosOutcome> {
  // Read again: the chooser may have been open for minutes.
  let used = casePhotoBytes(loadEvidence(store, caseId, nowMs))
  const kept: EvidencePhoto[] = []
  let skippedForLimit = 0
  let failed: 'no_space' | 'write_failed' | null = null
  for (const [i, photo] of photos.entries()) {
    if (failed === 'no_space') continue
    if (used + photo.bytes > CASE_PHOTO_LIMIT_BYTES) { skippedForLimit++; continue }
    const id = newPhotoId(nowMs, i, random)
    const file = `${id}${photo.ext}`
    const saved = await photoFiles().save(caseId, file, photo)
    if (!saved.ok) { failed = saved.code; continue }
    kept.push({ id, file, bytes: photo.bytes, addedAt: nowMs })
    used += photo.bytes
  }
  if (kept.length > 0) {
    const state = loadEvidence(store, caseId, nowMs)
    const item = state.items[code] ?? emptyItemState()
    saveEvidence(store, caseId, { ...state, items: { ...state.items, [code]: { ...item, photos: [...item.photos, ...kept] } } })
  }
  return { ok: true, added: kept.length, skippedForLimit, usedBytes: used, limitBytes: CASE_PHOTO_LIMIT_BYTES, failed }
}

/** Removes one photo: the file first, then its entry (a leftover entry shows as "找不到了", a leftover file is swept with the case). */
export async function removeEvidencePhoto(store: KeyValueStore, caseId: string, code: EvidenceItemCode, photoId: string, nowMs: number): Promise<void> {
  const state = loadEvidence(store, caseId, nowMs)
  const item = state.items[code]
  const photo = item?.photos.find((p) => p.id === photoId)
  if (!item || !photo) return
  await photoFiles().remove(caseId, photo.file)
  const fresh = loadEvidence(store, caseId, nowMs)
  const freshItem = fresh.items[code] ?? item
  saveEvidence(store, caseId, { ...fresh, items: { ...fresh.items, [code]: { ...freshItem, photos: freshItem.photos.filter((p) => p.id !== photoId) } } })
}

/** Display URLs for the photos of one item (null for a file that is gone). Release them with releasePhotoUrls. */
export async function photoUrls(caseId: string, photos: readonly EvidencePhoto[]): Promise<Record<string, string | null>> {
  const entries = await Promise.all(photos.map(async (p) => [p.id, await photoFiles().url(caseId, p.file)] as const))
  return Object.fromEntries(entries)
}

export function releasePhotoUrls(urls: Record<string, string | null>): void {
  for (const url of Object.values(urls)) if (url) photoFiles().release(url)
}

/** Opens the platform's viewer; false when the page should show its own. */
export function previewPhoto(current: string, all: readonly string[]): boolean {
  return photoFiles().preview(current, all)
}
