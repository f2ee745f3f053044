// One test per file: an app mounted earlier in the same file still answers hash changes (see detailEdit.test.tsx).
/** A document is saved as the user types (a half-filled one is a draft, never lost). */
import { findByTestId, waitFor } from '../support/taroApp'
import { openAt, seed, served0916, tapId, typeInto } from './helpers'
import { taroStore } from '@/adapters/storage'
import { documentsKey } from '@/storage/documentStore'

describe('documents', () => {
  test('every keystroke is saved, and reopening the document restores it', async () => {
    seed(served0916)
    await openAt('/documents/pages/edit/index?id=case-1&doc=jurisdiction_objection')
    await findByTestId('party-form', 10_000)
    await typeInto('targetCourt', '杭州市西湖区人民法院')
    await tapId('reasons-no_real_connection')
    await typeInto('party-name', '张三')
    await waitFor(() => expect(JSON.stringify(taroStore.get(documentsKey('case-1')))).toContain('杭州市西湖区人民法院'))
    expect(JSON.stringify(taroStore.get(documentsKey('case-1')))).toContain('no_real_connection')
    expect(JSON.stringify(taroStore.get(documentsKey('case-1')))).toContain('张三')
  })
})
