import { setPhotoFilesForTests } from '@/adapters/photoFiles'
import { createMemoryStore } from '@/storage/memoryStore'
import { saveCase, loadCases } from '@/storage/caseStore'
import { claimCheckKey, saveClaimCheckForm } from '@/storage/claimCheckStore'
import { evidenceKey, saveEvidence } from '@/storage/evidenceStore'
import { PREP_PROGRESS_KEY, readPrepProgress } from '@/storage/prepProgress'
import { writePrepProgress } from '@/storage/prepProgressWrite'
import { addToQuarantine } from '@/storage/quarantine'
import { deleteCaseAndData, perCaseCleanups } from '@/services/caseDeletion'
import { emptyClaimCheckForm } from '@/services/claimCheckForm'
import { createFakePhotoFiles } from '../support/fakePhotoFiles'
import { makeCase, NOW_MS } from '../storage/fixtures'

afterEach(() => setPhotoFilesForTests(null))

function seeded() {
  const store = createMemoryStore()
  const photos = createFakePhotoFiles()
  setPhotoFilesForTests(photos)
  for (const i of [1, 2]) {
    saveCase(store, makeCase(i), NOW_MS)
    saveEvidence(store, `case-${i}`, { items: { loan_agreement: { status: 'ready', note: '笔记', photos: [{ id: 'p1', file: 'p1.jpg', bytes: 10, addedAt: NOW_MS }] } } })
    saveClaimCheckForm(store, `case-${i}`, { ...emptyClaimCheckForm(), principal: '1000' })
    writePrepProgress(store, `case-${i}`, { ready: 1, total: 12 }, NOW_MS)
    photos.files.set(`case-${i}/p1.jpg`, 10)
  }
  return { store, photos }
}

describe('deleting a case and everything kept for it', () => {
  test('removes its checklist, notes, claim-check input, progress and photos, and leaves the other case alone', async () => {
    const { store, photos } = seeded()
    expect(await deleteCaseAndData(store, 'case-1', NOW_MS)).toEqual({ failed: [] })
    expect(loadCases(store, NOW_MS).cases.map((c) => c.id)).toEqual(['case-2'])
    expect(store.get(evidenceKey('case-1'))).toBeUndefined()
    expect(store.get(claimCheckKey('case-1'))).toBeUndefined()
    expect(readPrepProgress(store, NOW_MS)).toEqual({ 'case-2': { ready: 1, total: 12 } })
    expect([...photos.files.keys()]).toEqual(['case-2/p1.jpg'])
    expect(store.get(evidenceKey('case-2'))).toBeDefined()
    expect(store.get(PREP_PROGRESS_KEY)).toBeDefined()
  })

  test('a cleanup that fails does not stop the others or the deletion, and is reported', async () => {
    const { store, photos } = seeded()
    photos.failRemoveCase = true
    expect(await deleteCaseAndData(store, 'case-1', NOW_MS)).toEqual({ failed: ['photos'] })
    expect(loadCases(store, NOW_MS).cases.map((c) => c.id)).toEqual(['case-2'])
    expect(store.get(evidenceKey('case-1'))).toBeUndefined()
  })

  test('photos left behind by an interrupted deletion are swept the next time, but not those of a quarantined case', async () => {
    const { store, photos } = seeded()
    photos.files.set('gone-case/p9.jpg', 5)
    photos.files.set('broken-case/p8.jpg', 5)
    addToQuarantine(store, [{ at: NOW_MS, from: 'yingsu:cases:v2', reason: 'shape:x', raw: { id: 'broken-case' } }])
    await deleteCaseAndData(store, 'case-1', NOW_MS)
    expect([...photos.files.keys()].sort()).toEqual(['broken-case/p8.jpg', 'case-2/p1.jpg'])
  })

  test('features add their per-case data to one list (the documents add their drafts and their Word files here)', () => {
    expect(perCaseCleanups.map((c) => c.name)).toEqual(['photos', 'evidence', 'claim-check', 'prep-progress', 'documents', 'document-files', 'collection'])
  })
})
