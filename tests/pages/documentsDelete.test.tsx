// One test per file: an app mounted earlier in the same file still answers hash changes (see detailEdit.test.tsx).
/** Deleting a case deletes its document drafts and party details. */
import { tap, waitFor } from '../support/taroApp'
import { detailOf, openAt, seed, served0916, tapId } from './helpers'
import { taroStore } from '@/adapters/storage'
import { documentsKey } from '@/storage/documentStore'

describe('documents', () => {
  test('deleting the case deletes its document drafts', async () => {
    seed(served0916)
    taroStore.set(documentsKey('case-1'), { version: 1, drafts: {}, keepParty: true, party: { name: '张三' } })
    await openAt(detailOf('case-1'))
    await tapId('delete-case')
    tap(await waitFor(() => { const el = document.querySelector('.taro-model__confirm'); if (!el) throw new Error('no modal'); return el }))
    await waitFor(() => expect(taroStore.get(documentsKey('case-1'))).toBeUndefined())
  })
})
