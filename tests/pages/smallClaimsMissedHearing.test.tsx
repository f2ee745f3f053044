import { absent, detailOf, expectText, openAt, seed } from './helpers'
import { makeCase, NOW_MS } from '../storage/fixtures'

/** 小额诉讼：9 月 16 日送达，10 月 20 日开庭（没去）；“今天”11 月 25 日，判决还没送达。 */
const smallClaims = makeCase(11, {
  procedure: 'small_claims',
  documents: ['complaint', 'summons'],
  facts: { servedOn: '2026-09-16', serviceMethod: 'mail', hearingAt: '2026-10-20T09:00' }
})

// 一个文件一个测试（见 secondInstance.test.tsx）。
describe('a small-claims case whose hearing has passed', () => {
  test('offers retrial at the original court within 6 months, never an appeal, and says retrial does not stop enforcement', async () => {
    seed(smallClaims)
    await openAt(detailOf('case-11'), NOW_MS)
    await expectText('next-step', '小额诉讼一审终审，判决送达就生效，不能上诉')
    await expectText('missed-hearing-small_claims_default_final', '不能上诉')
    await expectText('missed-hearing-retrial_at_original_court', '向作出判决的原审法院申请再审')
    await expectText('missed-hearing-no_summons_retrial_ground', '没有用传票通知你')
    await expectText('missed-hearing-retrial_does_not_stop_enforcement', '申请再审不停止判决的执行')
    expect(absent('missed-hearing-appeal_after_default_judgment')).toBe(true)
    await expectText('stage-appeal_or_effective', '判决生效（不能上诉）')
    expect(document.querySelector('[data-testid="timeline-passed"]')?.textContent ?? '').not.toContain('仍可以上诉')
  })
})
