// 见 detailEdit.test.tsx 开头：删除要跳回首页，单独一个文件。
import { tap, waitFor } from '../support/taroApp'
import { openAt, tapId } from './helpers'
import { saveCase, loadCases } from '@/storage/caseStore'
import { taroStore } from '@/adapters/storage'
import { makeCase, NOW_MS } from '../storage/fixtures'
import type { CaseRecord } from '@/storage/caseRecord'

const detailOf = (id: string) => `/case/pages/detail/index?id=${id}`
const seed = (record: CaseRecord) => saveCase(taroStore, record, NOW_MS)
const served0916 = makeCase(1, { procedure: 'ordinary', documents: ['complaint'], facts: { servedOn: '2026-09-16', serviceMethod: 'mail' } })

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
