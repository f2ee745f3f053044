// One test per file: an app mounted earlier in the same file still answers hash changes (see detailEdit.test.tsx).
/**
 * The 质证意见: exhibits added from the usual ones, each with 真实性/合法性/关联性; a 认可 is an admission
 * (证据规定第三条), so the page says so before the document is made; the preview prints the table.
 */
import { findByTestId, waitFor } from '../support/taroApp'
import { absent, expectText, openAt, seed, served0916, tapId } from './helpers'
import { taroStore } from '@/adapters/storage'
import { documentsKey } from '@/storage/documentStore'

describe('documents', () => {
  test('exhibits are listed with their three opinions, a 认可 is warned about before the file is made, and the preview prints them', async () => {
    seed(served0916)
    await openAt('/documents/pages/edit/index?id=case-1&doc=evidence_opinion')
    await findByTestId('exhibit-editor', 10_000)
    await findByTestId('exhibits-empty')
    await tapId('add-exhibit-loan_contract')
    await findByTestId('exhibit-1')
    await tapId('exhibit-1-authenticity-unsure')
    await tapId('exhibit-1-authenticity-suggest')
    expect(absent('after-answer-warnings')).toBe(true)
    await tapId('exhibit-1-legality-accept')
    await expectText('warning-admission', '证据规定第三条')
    await waitFor(() => expect(JSON.stringify(taroStore.get(documentsKey('case-1')))).toContain('"legality":{"stance":"accept"}'))
    await tapId('to-preview')
    await findByTestId('paper', 10_000)
    await expectText('warning-admission', '认可')
    await expectText('paper', '1.借款合同（电子协议）')
    await expectText('paper', '真实性')
    await expectText('paper', '无法确认。这是原告单方提供的电子协议打印件')
    await expectText('paper', '合法性认可。')
  })
})
