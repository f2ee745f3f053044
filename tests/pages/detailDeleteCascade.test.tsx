// 删除案件连同它的证据清单、笔记、照片、核对记录（见 detailEdit.test.tsx 开头：跳回首页的测试单独一个文件）。
import { tap, waitFor } from '../support/taroApp'
import { detailOf, openAt, seed, served0916, tapId } from './helpers'
import { setPhotoFilesForTests } from '@/adapters/photoFiles'
import { taroStore } from '@/adapters/storage'
import { loadCases } from '@/storage/caseStore'
import { claimCheckKey } from '@/storage/claimCheckStore'
import { evidenceKey, saveEvidence } from '@/storage/evidenceStore'
import { readPrepProgress } from '@/storage/prepProgress'
import { createFakePhotoFiles } from '../support/fakePhotoFiles'
import { NOW_MS } from '../storage/fixtures'

afterEach(() => setPhotoFilesForTests(null))

test('deleting a case from its timeline also deletes its checklist, notes, photos and claim-check input', async () => {
  const photos = createFakePhotoFiles()
  setPhotoFilesForTests(photos)
  seed(served0916)
  saveEvidence(taroStore, 'case-1', { items: { loan_agreement: { status: 'ready', note: '第 3 页', photos: [{ id: 'p1', file: 'p1.jpg', bytes: 100, addedAt: 1 }] } } })
  photos.files.set('case-1/p1.jpg', 100)
  taroStore.set(claimCheckKey('case-1'), { version: 1, form: {} })
  await openAt(detailOf('case-1'))
  await tapId('delete-case')
  await waitFor(() => expect(document.querySelector('.taro-modal__text')?.textContent).toContain('照片'))
  tap(document.querySelector('.taro-model__confirm') as Element)
  await waitFor(() => expect(loadCases(taroStore, NOW_MS).cases).toHaveLength(0))
  await waitFor(() => expect(window.location.hash).toContain('/pages/index/index'))
  expect(taroStore.get(evidenceKey('case-1'))).toBeUndefined()
  expect(taroStore.get(claimCheckKey('case-1'))).toBeUndefined()
  expect(readPrepProgress(taroStore, NOW_MS)).toEqual({})
  expect(photos.files.size).toBe(0)
})
