/**
 * Every claim point renders as a finished sentence the answer form can use: no placeholder, no
 * undefined/NaN/null, amounts with 元, rates with %.
 */
import { checkClaim } from '@/domain/claims/claimCheck'
import { claimPointCodes, type ClaimPoint } from '@/domain/claims/findings'
import { claimPointSentence } from '@/i18n/claimPoints'
import { claimGoldens } from '../domain/golden/claimCheck.golden'

const points: ClaimPoint[] = claimGoldens.flatMap((g) => checkClaim(g.input).points)

describe('claim point sentences', () => {
  test('the goldens produce every kind of point', () => {
    expect(new Set(points.map((p) => p.code))).toEqual(new Set(claimPointCodes))
  })

  test.each(points.map((p) => [p.code, p] as const))('%s reads as a finished sentence', (_code, point) => {
    const sentence = claimPointSentence(point)
    expect(sentence).not.toMatch(/undefined|NaN|null|\$\{|\{\w+\}/)
    expect(sentence).toMatch(/^[^a-z]*。$/)
  })

  test('one repayment names its day once', () => {
    const sentence = claimPointSentence({ element: 'repayments', code: 'repayments_made', basis: [], reference: false, params: { count: 1, repaidFen: 100_000, firstOn: '2025-10-16', lastOn: '2025-10-16' } })
    expect(sentence).toBe('答辩人已还款1笔，共计1,000.00元（2025年10月16日），原告的请求应扣除已还款项。')
  })
})
