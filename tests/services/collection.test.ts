/**
 * The collection record through the services: saved as typed on every change, nothing kept for an entry left blank,
 * screenshots kept on the phone under the case's shared photo limit and removed with their entry, and the letter,
 * complaint and record sheet filled from the record.
 */
import { setPhotoFilesForTests } from '@/adapters/photoFiles'
import { createMemoryStore } from '@/storage/memoryStore'
import { saveCase } from '@/storage/caseStore'
import { saveEvidence } from '@/storage/evidenceStore'
import { collectionKey, loadCollection } from '@/storage/collectionStore'
import { acknowledgingPhrases } from '@/domain/collection/acknowledgement'
import { documentToText } from '@/domain/documents/plainText'
import { documentsText } from '@/i18n/documents'
import { deleteEntry, emptyEntryDraft, loadCollectionView, saveEntryDraft } from '@/services/collection'
import { addEntryPhotosOnTap, removeEntryPhoto } from '@/services/collectionPhotos'
import { CASE_PHOTO_LIMIT_BYTES } from '@/services/evidencePhotos'
import { deleteCaseAndData } from '@/services/caseDeletion'
import { documentDocx, listDocuments, openDocument } from '@/services/documents'
import { updateDraft } from '@/services/documentDrafts'
import { unzipSync, strFromU8 } from 'fflate'
import { createFakePhotoFiles, fakePhoto } from '../support/fakePhotoFiles'
import { makeCase, NOW_MS } from '../storage/fixtures'

const MB = 1024 * 1024
const TODAY = '2026-11-25'
afterEach(() => setPhotoFilesForTests(null))

function setup() {
  const store = createMemoryStore()
  saveCase(store, makeCase(1, { procedure: 'ordinary' }), NOW_MS)
  const photos = createFakePhotoFiles()
  setPhotoFilesForTests(photos)
  return { store, photos }
}
const typed = (patch: Record<string, unknown>) => ({ ...emptyEntryDraft(TODAY), ...patch })

describe('the collection record', () => {
  test('an entry is saved as typed on every change, and one left blank is not kept', () => {
    const { store } = setup()
    saveEntryDraft(store, 'case-1', 'e1', typed({ on: '2026-11-20', at: '22:15', said: '说要上门' }), NOW_MS)
    saveEntryDraft(store, 'case-1', 'e2', typed({ on: '' }), NOW_MS)
    expect(loadCollection(store, 'case-1', NOW_MS).entries.map((e) => [e.id, e.on, e.at, e.said])).toEqual([['e1', '2026-11-20', '22:15', '说要上门']])
    saveEntryDraft(store, 'case-1', 'e1', typed({ on: '', at: '' }), NOW_MS)
    expect(loadCollection(store, 'case-1', NOW_MS).entries).toEqual([])
  })

  test('the view lists entries oldest first, reads each against today, and sums them up', () => {
    const { store } = setup()
    saveEntryDraft(store, 'case-1', 'b', typed({ on: '2026-11-20', thirdParties: ['employer'] }), NOW_MS)
    saveEntryDraft(store, 'case-1', 'a', typed({ on: '2026-11-02', at: '23:00' }), NOW_MS)
    saveEntryDraft(store, 'case-1', 'c', typed({ on: '2026-12-01' }), NOW_MS)
    const view = loadCollectionView(store, 'case-1', NOW_MS, TODAY)
    expect(view.entries.map((e) => [e.stored.id, e.issues.map((i) => i.code)])).toEqual([['a', []], ['b', []], ['c', ['date_in_future']]])
    expect(view.summary).toMatchObject({ count: 3, dated: 2, firstOn: '2026-11-02', lastOn: '2026-11-20', nightCount: 1, thirdParties: ['employer'] })
  })

  test('screenshots are kept on the phone for the entry, counted with the evidence photos against the case\'s limit', async () => {
    const { store, photos } = setup()
    saveEvidence(store, 'case-1', { items: { loan_records: { status: 'ready', note: '', photos: [{ id: 'p', file: 'p.jpg', bytes: 29 * MB, addedAt: 1 }] } } })
    photos.nextPick = { ok: true, photos: [fakePhoto(MB / 2), fakePhoto(MB)] }
    const outcome = await addEntryPhotosOnTap(store, 'case-1', 'e1', TODAY, NOW_MS, () => 0.5)
    expect(outcome).toMatchObject({ ok: true, added: 1, skippedForLimit: 1, usedBytes: 29.5 * MB, limitBytes: CASE_PHOTO_LIMIT_BYTES })
    const [entry] = loadCollection(store, 'case-1', NOW_MS).entries
    expect(entry).toMatchObject({ id: 'e1', on: TODAY, photos: [{ bytes: MB / 2 }] })
    expect(photos.files.has(`case-1/${entry.photos[0].file}`)).toBe(true)
    await removeEntryPhoto(store, 'case-1', 'e1', entry.photos[0].id, NOW_MS)
    expect(photos.files.size).toBe(0)
    expect(loadCollection(store, 'case-1', NOW_MS).entries[0].photos).toEqual([])
  })

  test('deleting an entry deletes its screenshots; deleting the case deletes the record and every screenshot', async () => {
    const { store, photos } = setup()
    photos.nextPick = { ok: true, photos: [fakePhoto(100)] }
    await addEntryPhotosOnTap(store, 'case-1', 'e1', TODAY, NOW_MS)
    await addEntryPhotosOnTap(store, 'case-1', 'e2', TODAY, NOW_MS)
    await deleteEntry(store, 'case-1', 'e1', NOW_MS)
    expect(loadCollection(store, 'case-1', NOW_MS).entries.map((e) => e.id)).toEqual(['e2'])
    expect(photos.files.size).toBe(1)
    await deleteCaseAndData(store, 'case-1', NOW_MS)
    expect(store.get(collectionKey('case-1'))).toBeUndefined()
    expect(photos.files.size).toBe(0)
  })
})

describe('the collection documents', () => {
  function recorded() {
    const { store } = setup()
    saveEntryDraft(store, 'case-1', 'e1', typed({ on: '2026-11-02', at: '23:00', thirdParties: ['family', 'employer'], conduct: ['threats'] }), NOW_MS)
    saveEntryDraft(store, 'case-1', 'e2', typed({ on: '2026-11-20', channel: 'sms', said: '再不还就去你单位' }), NOW_MS)
    return store
  }

  test('are offered for the case, after the court papers that can still be filed', () => {
    const open = listDocuments(recorded(), 'case-1', NOW_MS, TODAY)!.entries.filter((e) => e.status === 'open').map((e) => e.kind)
    expect(open.slice(-3)).toEqual(['collection_record', 'collection_letter', 'collection_complaint'])
    expect(open[0]).toBe('hearing_outline')
  })

  test('the letter starts from the record: the people contacted and the conduct chosen, the record cited, no acknowledgement', () => {
    const doc = openDocument(recorded(), 'case-1', 'collection_letter', NOW_MS, TODAY)!
    expect(doc.form.choices).toMatchObject({ thirdParties: ['family', 'employer'], conduct: ['threats', 'harassment'], channels: ['mail'] })
    const text = documentToText(doc.rendered)
    expect(text).toContain('自2026年11月2日至2026年11月20日，本人记录到贵司或者贵司委托的催收人员联系本人或者他人共2次，其中夜间（22时至次日8时）1次')
    expect(text).toContain('联系本人的家人，向其催收或者要求其转告催收内容。')
    expect(text).toContain('在夜间或者一天之内多次拨打电话、发送信息。')
    expect(acknowledgingPhrases(text)).toEqual([])
  })

  test('what the user unticks stays unticked over the record\'s defaults', () => {
    const store = recorded()
    updateDraft(store, 'case-1', 'collection_letter', (d) => ({ ...d, choices: { ...d.choices, thirdParties: ['family'] } }), NOW_MS)
    expect(openDocument(store, 'case-1', 'collection_letter', NOW_MS, TODAY)!.form.choices.thirdParties).toEqual(['family'])
  })

  test('the complaint names the national regulator and its attachments, and the record sheet has a row per entry', () => {
    const store = recorded()
    const complaint = documentToText(openDocument(store, 'case-1', 'collection_complaint', NOW_MS, TODAY)!.rendered)
    expect(complaint).toContain('此致\n国家金融监督管理总局')
    expect(complaint).toContain('1.催收记录表（共2条）；')
    const sheet = documentToText(openDocument(store, 'case-1', 'collection_record', NOW_MS, TODAY)!.rendered)
    expect(sheet).toContain('1. 2026年11月2日 23:00（夜间）')
    expect(sheet).toContain('说了什么：再不还就去你单位')
  })

  test('their Word files carry only the user\'s document, not the app\'s notice', () => {
    const store = recorded()
    for (const kind of ['collection_letter', 'collection_complaint', 'collection_record', 'hearing_outline'] as const) {
      const files = unzipSync(documentDocx(openDocument(store, 'case-1', kind, NOW_MS, TODAY)!.rendered))
      for (const [path, bytes] of Object.entries(files)) expect({ kind, path, notice: strFromU8(bytes).includes(documentsText.notice) }).toEqual({ kind, path, notice: false })
    }
  })
})
