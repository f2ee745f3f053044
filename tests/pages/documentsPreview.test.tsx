// One test per file: an app mounted earlier in the same file still answers hash changes (see detailEdit.test.tsx).
/** The preview hands a Word file to the platform adapter (read back here with mammoth) and copies the text. */
import Taro from '@tarojs/taro'
import mammoth from 'mammoth'
import { findByTestId, waitFor } from '../support/taroApp'
import { absent, openAt, seed, served0916, tapId, typeInto } from './helpers'

// mammoth (the independent reader) needs TextDecoder, which jsdom does not provide.
;(globalThis as any).TextDecoder ??= require('node:util').TextDecoder

const handed: { bytes: Uint8Array; fileName: string }[] = []
jest.mock('@/adapters/documentFile', () => ({
  fileAction: 'download',
  canShareFile: false,
  saveAndOpenDocx: (bytes: Uint8Array, fileName: string) => { mockHanded(bytes, fileName); return Promise.resolve({ ok: true }) },
  shareDocxOnTap: () => Promise.resolve({ ok: false, code: 'unsupported' }),
}))
function mockHanded(bytes: Uint8Array, fileName: string) { handed.push({ bytes, fileName }) }

/** The form re-renders the whole document on each keystroke; on a loaded machine that can take a while. */
async function slowText(testId: string, text: string): Promise<void> {
  await waitFor(() => expect(document.querySelector(`[data-testid="${testId}"]`)?.textContent ?? '').toContain(text), { timeout: 30_000 })
}

const answerEdit = (id = 'case-1') => `/documents/pages/edit/index?id=${id}&doc=answer`

describe('documents', () => {
  test('the preview hands a Word file holding the case number, court and amounts to the adapter, and copies the text', async () => {
    seed(served0916)
    const setClipboard = jest.fn(() => Promise.resolve({ errMsg: 'setClipboardData:ok' }))
    const original = (Taro as any).setClipboardData
    ;(Taro as any).setClipboardData = setClipboard
    try {
      await openAt(answerEdit())
      await findByTestId('party-form', 10_000)
      await tapId('stance-principal-object')
      await typeInto('reason-principal', '实际到手9,000元。')
      await tapId('to-preview')
      await findByTestId('paper', 10_000)
      await tapId('export-docx')
      await waitFor(() => expect(handed).toHaveLength(1), { timeout: 30_000 })
      expect(handed[0].fileName).toMatch(/^民事答辩状（金融借款合同纠纷）.*\.docx$/)
      const { value } = await mammoth.extractRawText({ buffer: Buffer.from(handed[0].bytes) })
      expect(value).toContain('（2026）浙0192民初1001号')
      expect(value).toContain('杭州互联网法院')
      expect(value).toContain('本金10,000.01元（人民币壹万元零壹分）')
      expect(value).toContain('实际到手9,000元。')
      await slowText('export-result', '已开始下载')
      await tapId('copy-text')
      await waitFor(() => expect(setClipboard).toHaveBeenCalledTimes(1))
      expect((setClipboard.mock.calls[0] as any)[0].data).toContain('民事答辩状（金融借款合同纠纷）')
      expect(absent('share-docx')).toBe(true)
    } finally {
      ;(Taro as any).setClipboardData = original
    }
  })
})
