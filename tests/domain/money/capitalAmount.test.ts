/**
 * 金额大写的标准：《支付结算办法》附一「正确填写票据和结算凭证的基本规定」 [S] —
 * 二：到「元」为止的，「元」后写「整」，「角」后可不写，「分」后不写；
 * 五（一）（二）：数字中间的 0 写「零」，连续几个 0 只写一个「零」；
 * 五（三）：万位或元位是 0 而千位、角位不是 0 时，可以只写一个「零」或不写（我们在元以内的空位写一个，元与角之间不写）；
 * 五（四）：角位是 0 而分位不是 0，「元」后写「零」。
 */
import { amountInCapitals } from '../../../src/domain/money/capitalAmount'

describe('amountInCapitals (支付结算办法 附一)', () => {
  // The golden table of issue 9, in yuan.
  it.each([
    [0, '零元整'],
    [0.05, '伍分'],
    [0.5, '伍角'],
    [1, '壹元整'],
    [10, '壹拾元整'],
    [10.5, '壹拾元伍角'],
    [100.07, '壹佰元零柒分'],
    [1_000.10, '壹仟元壹角'],
    [10_000, '壹万元整'],
    [100_000, '壹拾万元整'],
    [1_001_000, '壹佰万零壹仟元整'],
    [1_234_567.89, '壹佰贰拾叁万肆仟伍佰陆拾柒元捌角玖分'],
    [100_000_000, '壹亿元整'],
  ])('writes ¥%d as %s', (yuan, capitals) => {
    expect(amountInCapitals(Math.round(yuan * 100))).toBe(capitals)
  })

  // The examples printed in 附一 itself.
  it.each([
    [1_409.50, '壹仟肆佰零玖元伍角', '五（一）: a 0 between digits is 零; nothing after 角'],
    [6_007.14, '陆仟零柒元壹角肆分', '五（二）: two 0s in a row, one 零'],
    [1_680.32, '壹仟陆佰捌拾元叁角贰分', '五（三）: 元 digit 0, 角 not: the form without 零'],
    [107_000.53, '壹拾万零柒仟元伍角叁分', '五（三）: 万 digit 0, 千 not: one 零'],
    [16_409.02, '壹万陆仟肆佰零玖元零贰分', '五（四）: 角 is 0, 分 is not: 元 then 零'],
    [325.04, '叁佰贰拾伍元零肆分', '五（四）'],
  ])('follows the standard for ¥%d → %s (%s)', (yuan, capitals) => {
    expect(amountInCapitals(Math.round(yuan * 100))).toBe(capitals)
  })

  it('writes 整 only after 元, never after 角 or 分 (附一 二)', () => {
    expect(amountInCapitals(1_200)).toBe('壹拾贰元整')
    expect(amountInCapitals(1_250)).not.toMatch(/整$/)
    expect(amountInCapitals(1_255)).not.toMatch(/整$/)
  })

  it('writes one 零 for a gap across 亿 and 万', () => {
    expect(amountInCapitals(10_000_000_100)).toBe('壹亿零壹元整')
    expect(amountInCapitals(1_000_500_000_000)).toBe('壹佰亿零伍佰万元整')
  })

  it('refuses amounts that are not whole non-negative fen', () => {
    expect(() => amountInCapitals(-1)).toThrow(RangeError)
    expect(() => amountInCapitals(1.5)).toThrow(RangeError)
    expect(() => amountInCapitals(Number.NaN)).toThrow(RangeError)
  })
})
