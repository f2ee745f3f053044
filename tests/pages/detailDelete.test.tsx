// 见 detailEdit.test.tsx 开头：删除要跳回首页，单独一个文件。
import { tap, waitFor } from '../support/taroApp'
import { detailOf, openAt, seed, served0916, tapId } from './helpers'
import { loadCases } from '@/storage/caseStore'
import { taroStore } from '@/adapters/storage'
import { NOW_MS } from '../storage/fixtures'

describe('deleting a case from its timeline', () => {
  test('delete asks first; cancel keeps the case, confirm removes it and returns home', async () => {
    seed(served0916)
    await openAt(detailOf('case-1'))
    await tapId('delete-case')
    const cancel = await waitFor(() => { const el = document.querySelector('.taro-model__cancel'); if (!el) throw new Error('no modal'); return el })
    expect(document.querySelector('.taro-modal__text')?.textContent).toContain('不能恢复')
    tap(cancel)
    expect(loadCases(taroStore, NOW_MS).cases).toHaveLength(1)
    await tapId('delete-case')
    tap(await waitFor(() => { const el = document.querySelector('.taro-model__confirm'); if (!el) throw new Error('no modal'); return el }))
    await waitFor(() => expect(loadCases(taroStore, NOW_MS).cases).toHaveLength(0))
    await waitFor(() => expect(window.location.hash).toContain('/pages/index/index'))
  })
})
