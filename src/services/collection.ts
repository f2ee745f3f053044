/**
 * 催收记录的用例：读记录（每条读成能用的值，连同填错的地方）、边填边存一条、删除一条（连同它的截图）。
 * 只在 collection 分包和文书分包里用。
 */
import { photoFiles } from '@/adapters/photoFiles'
import type { KeyValueStore } from '@/adapters/storage'
import { isBlankDraft, readEntry, type CollectionEntry, type EntryDraft, type EntryIssue } from '@/domain/collection/entry'
import { summarizeRecord, type CollectionSummary } from '@/domain/collection/summary'
import { compareDates } from '@/domain/calendar/plainDate'
import { claimKindOf } from '@/domain/claims/claimKind'
import type { CaseRecord } from '@/storage/caseRecord'
import { loadCollection, saveCollection, type CollectionRecord, type StoredEntry } from '@/storage/collectionStore'
import { findCase } from './cases'

export type EntryView = { stored: StoredEntry; entry: CollectionEntry; issues: EntryIssue[] }
export type CollectionView = { entries: EntryView[]; summary: CollectionSummary }

/** Dated entries first, oldest first (the order of a record sheet); undated ones at the end, as entered. */
function byDate(a: EntryView, b: EntryView): number {
  if (a.entry.on && b.entry.on) return compareDates(a.entry.on, b.entry.on) || (a.entry.at ?? '').localeCompare(b.entry.at ?? '') || a.stored.createdAt - b.stored.createdAt
  if (a.entry.on) return -1
  if (b.entry.on) return 1
  return a.stored.createdAt - b.stored.createdAt
}

/** The record of a case, every entry read against today. */
export function loadCollectionView(store: KeyValueStore, caseId: string, nowMs: number, today: string): CollectionView {
  const record = loadCollection(store, caseId, nowMs)
  const entries = record.entries.map((stored) => ({ stored, ...readEntry(stored, today) })).sort(byDate)
  return { entries, summary: summarizeRecord(entries.map((e) => ({ entry: e.entry, photos: e.stored.photos.length }))) }
}

export const emptyEntryDraft = (today: string): EntryDraft => ({ on: today, at: '', channel: '', from: '', who: '', said: '', conduct: [], thirdParties: [], thirdPartyNote: '' })

/** A new entry's id: unique on this phone (time, then randomness). */
export const newEntryId = (nowMs: number, random: () => number = Math.random): string => `e${nowMs.toString(36)}${Math.floor(random() * 36 ** 4).toString(36).padStart(4, '0')}`

export function findEntry(store: KeyValueStore, caseId: string, entryId: string, nowMs: number): StoredEntry | null {
  return loadCollection(store, caseId, nowMs).entries.find((e) => e.id === entryId) ?? null
}

function write(store: KeyValueStore, caseId: string, change: (r: CollectionRecord) => CollectionRecord, nowMs: number): void {
  saveCollection(store, caseId, change(loadCollection(store, caseId, nowMs)))
}

/**
 * Saves one entry as typed, at once (nothing is lost if WeChat closes). An entry with nothing typed and no photo
 * is not kept: opening 记一条 and leaving adds nothing.
 */
export function saveEntryDraft(store: KeyValueStore, caseId: string, entryId: string, draft: EntryDraft, nowMs: number): void {
  write(store, caseId, (r) => {
    const old = r.entries.find((e) => e.id === entryId)
    const photos = old?.photos ?? []
    const others = r.entries.filter((e) => e.id !== entryId)
    if (isBlankDraft(draft) && photos.length === 0) return { ...r, entries: others }
    const entry: StoredEntry = { ...draft, conduct: [...draft.conduct], thirdParties: [...draft.thirdParties], id: entryId, photos, createdAt: old?.createdAt ?? nowMs, updatedAt: nowMs }
    return { ...r, entries: old ? r.entries.map((e) => (e.id === entryId ? entry : e)) : [...r.entries, entry] }
  }, nowMs)
}

/** Deletes an entry and its screenshots (the files first; a file left behind is swept with the case). */
export async function deleteEntry(store: KeyValueStore, caseId: string, entryId: string, nowMs: number): Promise<void> {
  const entry = findEntry(store, caseId, entryId, nowMs)
  if (!entry) return
  for (const p of entry.photos) await photoFiles().remove(caseId, p.file)
  write(store, caseId, (r) => ({ ...r, entries: r.entries.filter((e) => e.id !== entryId) }), nowMs)
}

/** Bytes of every collection screenshot of the case (they share the case's photo limit with the evidence photos). */
export function collectionPhotoBytes(record: CollectionRecord): number {
  return record.entries.reduce((sum, e) => sum + e.photos.reduce((s, p) => s + p.bytes, 0), 0)
}

/** What decides which rules the page shows: a card debt; a lender that is licensed (a bank or consumer-finance company) or not known. */
export type RuleContext = { creditCard: boolean; illegalDebt: false | 'unknown' }
export type CollectionPage = { record: CaseRecord; view: CollectionView; rules: RuleContext }

/** Everything the collection page shows; null when the case is gone. */
export function loadCollectionPage(store: KeyValueStore, caseId: string, nowMs: number, today: string): CollectionPage | null {
  const record = findCase(store, caseId, nowMs)
  if (!record) return null
  // The listed lenders are licensed banks and consumer-finance companies: their loans are not "illegal debts".
  const rules: RuleContext = { creditCard: claimKindOf(record) === 'credit_card', illegalDebt: record.lender.key === 'other' ? 'unknown' : false }
  return { record, view: loadCollectionView(store, caseId, nowMs, today), rules }
}
