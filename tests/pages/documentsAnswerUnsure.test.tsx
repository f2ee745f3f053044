// One test per file: an app mounted earlier in the same file still answers hash changes (see detailEdit.test.tsx).
/**
 * No admission by accident: each item says what 无异议 means; 不确定 prints as 有 with 「请原告举证证明」; 无异议 on
 * the principal asks first (证据规定第三条: it is an admission), and cancelling leaves it unticked.
 */
import Taro from '@tarojs/taro'
import { findByTestId, waitFor } from '../support/taroApp'
import { expectText, openAt, seed, served0916, tapId } from './helpers'

describe('documents', () => {
  test('the answer editor explains each item, prints 不确定 as 请原告举证, and confirms before 无异议 on the principal', async () => {
    seed(served0916)
    const showModal = jest.spyOn(Taro, 'showModal').mockResolvedValueOnce({ confirm: false, cancel: true, errMsg: 'showModal:ok' } as never)
    try {
      await openAt('/documents/pages/edit/index?id=case-1&doc=answer')
      await findByTestId('answer-items', 10_000)
      await expectText('help-principal', '选“无异议”就是承认这个数')
      await expectText('answer-meaning', '民事诉讼证据规定第三条')
      await tapId('stance-principal-agree')
      await waitFor(() => expect(showModal).toHaveBeenCalledTimes(1))
      const options = showModal.mock.calls[0][0] as { content: string; confirmText: string; cancelText: string }
      expect(options.content).toContain('对本金有无异议')
      // WeChat refuses a modal whose button text is longer than 4 characters.
      expect([options.confirmText.length, options.cancelText.length].every((n) => n <= 4)).toBe(true)
      await waitFor(() => expect(document.querySelector('[data-testid="stance-principal-agree"]')?.getAttribute('aria-checked')).not.toBe('true'))
      await tapId('stance-principal-unsure')
      await expectText('unsure-printed-principal', '请原告举证证明')
      await tapId('to-preview')
      await expectText('paper', '1.对本金有无异议原告主张：本金10,000.01元（人民币壹万元零壹分）无☐　有☑事实和理由：答辩人对此项不能确认，请原告举证证明。')
    } finally {
      showModal.mockRestore()
    }
  })
})
