// One test per file: an app mounted earlier in the same file still answers hash changes (see detailEdit.test.tsx).
/**
 * A 民初 judgment served 2026-09-16: the documents list offers the 民事上诉状 with its deadline (民事诉讼法第一百七十一条)
 * and fee on the amount claimed (诉讼费用交纳办法第十七条); the form says where and how many copies (第一百七十三条),
 * starts the reasons from the answer's objections, and the Word file reads back.
 */
import mammoth from 'mammoth'
import { findByTestId, waitFor } from '../support/taroApp'
import { absent, expectText, openAt, seed, tapId } from './helpers'
import { taroStore } from '@/adapters/storage'
import { documentsKey } from '@/storage/documentStore'
import { makeCase } from '../storage/fixtures'

;(globalThis as any).TextDecoder ??= require('node:util').TextDecoder

const handed: Uint8Array[] = []
jest.mock('@/adapters/documentFile', () => ({
  fileAction: 'download',
  canShareFile: false,
  saveAndOpenDocx: (bytes: Uint8Array) => { mockHanded(bytes); return Promise.resolve({ ok: true }) },
  shareDocxOnTap: () => Promise.resolve({ ok: false, code: 'unsupported' }),
}))
function mockHanded(bytes: Uint8Array) { handed.push(bytes) }

const judged = makeCase(1, {
  procedure: 'ordinary', documents: ['judgment'], facts: { judgmentServedOn: '2026-09-16' }, claim: { principal: 2_000_000 },
})

describe('documents', () => {
  test('a 民初 judgment offers the appeal with its deadline and fee; the form starts from the answer and the .docx reads back', async () => {
    seed(judged)
    taroStore.set(documentsKey('case-1'), {
      version: 1, keepParty: true, party: { name: '张三' },
      drafts: { answer: { fields: {}, choices: {}, answers: { principal: { stance: 'object', text: '实际到手9,000元。' } }, updatedAt: 1 } },
    })
    await openAt('/documents/pages/list/index?id=case-1')
    await findByTestId('doc-entry-appeal', 10_000)
    await expectText('doc-due-appeal', '2026年10月8日')
    await expectText('doc-fee-appeal', '上诉费约 300.00 元')
    await tapId('open-doc-appeal')
    await findByTestId('after-answer-filing', 10_000)
    await expectText('filing-place', '原审法院')
    await expectText('filing-copies', '打印 2 份')
    await expectText('appeal-fee-amount', '约 300.00 元')
    await waitFor(() => expect((document.querySelector('[data-testid="input-appealReasons"] textarea') as HTMLTextAreaElement | null)?.value ?? document.querySelector('[data-testid="input-appealReasons"]')?.getAttribute('value') ?? '').toContain('关于本金：实际到手9,000元。'))
    await tapId('appealRequests-costs')
    await tapId('to-preview')
    await findByTestId('paper', 10_000)
    await tapId('export-docx')
    await waitFor(() => expect(handed).toHaveLength(1), { timeout: 30_000 })
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(handed[0]) })
    expect(value).toContain('民事上诉状')
    expect(value).toContain('不服杭州互联网法院')
    expect(value).toContain('本案一审、二审诉讼费用由被上诉人负担。')
    expect(value).toContain('关于本金：实际到手9,000元。')
    expect(absent('after-answer-warnings')).toBe(true)
  })
})
