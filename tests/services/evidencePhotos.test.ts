import { setPhotoFilesForTests } from '@/adapters/photoFiles'
import { createMemoryStore } from '@/storage/memoryStore'
import { loadEvidence, saveEvidence } from '@/storage/evidenceStore'
import { addPhotosOnTap, CASE_PHOTO_LIMIT_BYTES, casePhotoBytes, removeEvidencePhoto } from '@/services/evidencePhotos'
import { createFakePhotoFiles, fakePhoto } from '../support/fakePhotoFiles'
import { NOW_MS } from '../storage/fixtures'

const MB = 1024 * 1024
afterEach(() => setPhotoFilesForTests(null))

function setup() {
  const store = createMemoryStore()
  const photos = createFakePhotoFiles()
  setPhotoFilesForTests(photos)
  return { store, photos }
}
const seq = () => { let i = 0; return () => (i++ % 10) / 10 }

describe('evidence photos', () => {
  test('chosen photos are saved in the case folder and registered on the item, in the order chosen', async () => {
    const { store, photos } = setup()
    photos.nextPick = { ok: true, photos: [fakePhoto(2 * MB), fakePhoto(MB, '.png')] }
    const outcome = await addPhotosOnTap(store, 'case-1', 'loan_agreement', NOW_MS, seq())
    expect(outcome).toEqual({ ok: true, added: 2, skippedForLimit: 0, usedBytes: 3 * MB, limitBytes: CASE_PHOTO_LIMIT_BYTES, failed: null })
    const registered = loadEvidence(store, 'case-1', NOW_MS).items.loan_agreement.photos
    expect(registered.map((p) => p.bytes)).toEqual([2 * MB, MB])
    expect(registered[1].file).toMatch(/^p[0-9a-z]+\.png$/)
    expect([...photos.files.keys()]).toEqual(registered.map((p) => `case-1/${p.file}`))
  })

  test('photos past the 30 MB per-case limit are not saved, and the outcome says how many and how full it is', async () => {
    const { store, photos } = setup()
    saveEvidence(store, 'case-1', { items: { loan_records: { status: 'todo', note: '', photos: [{ id: 'old', file: 'old.jpg', bytes: 27 * MB, addedAt: 1 }] } } })
    photos.nextPick = { ok: true, photos: [fakePhoto(2 * MB), fakePhoto(2 * MB), fakePhoto(MB / 2)] }
    const outcome = await addPhotosOnTap(store, 'case-1', 'loan_agreement', NOW_MS, seq())
    expect(outcome).toMatchObject({ ok: true, added: 2, skippedForLimit: 1, usedBytes: 29.5 * MB })
    expect(casePhotoBytes(loadEvidence(store, 'case-1', NOW_MS))).toBe(29.5 * MB)
  })

  test('a case already at its limit does not even open the chooser', async () => {
    const { store, photos } = setup()
    saveEvidence(store, 'case-1', { items: { loan_records: { status: 'todo', note: '', photos: [{ id: 'old', file: 'old.jpg', bytes: CASE_PHOTO_LIMIT_BYTES, addedAt: 1 }] } } })
    expect(await addPhotosOnTap(store, 'case-1', 'loan_agreement', NOW_MS)).toMatchObject({ ok: false, code: 'limit_reached', usedBytes: CASE_PHOTO_LIMIT_BYTES })
    expect(photos.picks).toBe(0)
  })

  test('cancelling the chooser changes nothing', async () => {
    const { store } = setup()
    expect(await addPhotosOnTap(store, 'case-1', 'loan_agreement', NOW_MS)).toMatchObject({ ok: false, code: 'cancelled' })
    expect(loadEvidence(store, 'case-1', NOW_MS).items).toEqual({})
  })

  test('when the phone\'s space for the mini-program is full, nothing is registered and the outcome says so', async () => {
    const { store, photos } = setup()
    photos.failSave = 'no_space'
    photos.nextPick = { ok: true, photos: [fakePhoto(MB), fakePhoto(MB)] }
    expect(await addPhotosOnTap(store, 'case-1', 'loan_agreement', NOW_MS)).toMatchObject({ ok: true, added: 0, failed: 'no_space', skippedForLimit: 0 })
    expect(loadEvidence(store, 'case-1', NOW_MS).items.loan_agreement).toBeUndefined()
  })

  test('removing a photo deletes the file and its entry, and keeps the note', async () => {
    const { store, photos } = setup()
    photos.nextPick = { ok: true, photos: [fakePhoto(MB)] }
    await addPhotosOnTap(store, 'case-1', 'loan_agreement', NOW_MS, seq())
    const state = loadEvidence(store, 'case-1', NOW_MS)
    saveEvidence(store, 'case-1', { ...state, items: { loan_agreement: { ...state.items.loan_agreement, note: '第3页' } } })
    await removeEvidencePhoto(store, 'case-1', 'loan_agreement', state.items.loan_agreement.photos[0].id, NOW_MS)
    expect(loadEvidence(store, 'case-1', NOW_MS).items.loan_agreement).toEqual({ status: 'todo', note: '第3页', photos: [] })
    expect(photos.files.size).toBe(0)
  })
})
