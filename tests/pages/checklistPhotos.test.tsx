// 照片：适配器换成内存版（tests/support/fakePhotoFiles.ts），不碰真实的文件系统或 IndexedDB。
import { findByTestId, tap, waitFor } from '../support/taroApp'
import { expectText, openAt, seed, served0916, tapId } from './helpers'
import { setPhotoFilesForTests } from '@/adapters/photoFiles'
import { taroStore } from '@/adapters/storage'
import { loadEvidence, saveEvidence } from '@/storage/evidenceStore'
import { CASE_PHOTO_LIMIT_BYTES } from '@/services/evidencePhotos'
import { createFakePhotoFiles, fakePhoto, type FakePhotoFiles } from '../support/fakePhotoFiles'
import { NOW_MS } from '../storage/fixtures'

const MB = 1024 * 1024
let photos: FakePhotoFiles
beforeEach(() => { photos = createFakePhotoFiles(); setPhotoFilesForTests(photos) })
afterEach(() => setPhotoFilesForTests(null))

async function openItem(code: string) {
  await openAt(`/prepare/pages/checklist/index?id=case-1&item=${code}`)
  await findByTestId(`item-body-${code}`, 10_000)
}

describe('photos on a checklist item', () => {
  test('a chosen photo is saved for the case, shown as a thumbnail, and the message says it stays on the phone', async () => {
    seed(served0916)
    photos.nextPick = { ok: true, photos: [fakePhoto(2 * MB)] }
    await openItem('loan_agreement')
    await tapId('add-photo-loan_agreement')
    await expectText('photo-message-loan_agreement', '已添加 1 张照片')
    await expectText('photo-message-loan_agreement', '不会上传')
    const saved = loadEvidence(taroStore, 'case-1', NOW_MS).items.loan_agreement.photos
    expect(saved).toHaveLength(1)
    const thumb = await findByTestId(`photo-${saved[0].id}`)
    await waitFor(() => expect(thumb.querySelector('img')?.getAttribute('src') ?? thumb.innerHTML).toContain(`blob:fake/case-1/${saved[0].file}`))
  })

  test('at the per-case limit the chooser does not open and the message says why and what to do', async () => {
    seed(served0916)
    saveEvidence(taroStore, 'case-1', { items: { loan_records: { status: 'ready', note: '', photos: [{ id: 'big', file: 'big.jpg', bytes: CASE_PHOTO_LIMIT_BYTES, addedAt: 1 }] } } })
    await openItem('loan_agreement')
    await tapId('add-photo-loan_agreement')
    await expectText('photo-message-loan_agreement', '到了上限 30.0 MB')
    await expectText('photo-message-loan_agreement', '先删掉不需要的照片')
    expect(photos.picks).toBe(0)
  })

  test('photos past the limit are left out and counted in the message', async () => {
    seed(served0916)
    saveEvidence(taroStore, 'case-1', { items: { loan_records: { status: 'ready', note: '', photos: [{ id: 'big', file: 'big.jpg', bytes: 29 * MB, addedAt: 1 }] } } })
    photos.nextPick = { ok: true, photos: [fakePhoto(MB / 2), fakePhoto(MB)] }
    await openItem('loan_agreement')
    await tapId('add-photo-loan_agreement')
    await expectText('photo-message-loan_agreement', '已添加 1 张；另外 1 张没有保存')
  })

  test('a full phone says so', async () => {
    seed(served0916)
    photos.failSave = 'no_space'
    photos.nextPick = { ok: true, photos: [fakePhoto(MB)] }
    await openItem('loan_agreement')
    await tapId('add-photo-loan_agreement')
    await expectText('photo-message-loan_agreement', '存储空间满了')
  })

  test('a photo is deleted after a confirmation that the album original is not touched', async () => {
    seed(served0916)
    saveEvidence(taroStore, 'case-1', { items: { loan_agreement: { status: 'ready', note: '', photos: [{ id: 'p1', file: 'p1.jpg', bytes: MB, addedAt: 1 }] } } })
    photos.files.set('case-1/p1.jpg', MB)
    await openItem('loan_agreement')
    await tapId('remove-photo-p1')
    await waitFor(() => expect(document.querySelector('.taro-modal__text')?.textContent).toContain('手机相册里的原图不受影响'))
    tap(document.querySelector('.taro-model__confirm') as Element)
    await waitFor(() => expect(loadEvidence(taroStore, 'case-1', NOW_MS).items.loan_agreement.photos).toEqual([]))
    expect(photos.files.size).toBe(0)
  })
})
