import { finalityOf, retrialGuide } from '../../../src/domain/lifecycle/retrial'

describe('retrial: which court, on what grounds, and that it does not stop enforcement', () => {
  test('an ordinary or simple first-instance judgment is appealable (第一百七十一条)', () => {
    expect(finalityOf({ procedure: 'ordinary' })).toBe('appealable')
    expect(finalityOf({ procedure: 'simple', instance: 'first' })).toBe('appealable')
  })

  test('a small-claims judgment is final at first instance (第一百六十五条), a 二审 judgment is final (第一百八十二条)', () => {
    expect(finalityOf({ procedure: 'small_claims' })).toBe('small_claims')
    expect(finalityOf({ procedure: 'ordinary', instance: 'second' })).toBe('second_instance')
  })

  test('small claims: the original court (解释第四百二十四条第一款), the wrong-procedure ground (第二款), no stay of enforcement (第二百一十条)', () => {
    const guide = retrialGuide({ procedure: 'small_claims' })
    expect(guide.map((i) => i.code)).toEqual(['retrial_at_original_court', 'retrial_grounds', 'small_claims_retrial_wrong_procedure', 'retrial_does_not_stop_enforcement'])
    expect(guide[0].basis.slice(0, 2)).toEqual(['民诉法解释第四百二十四条', '民事诉讼法第二百一十六条'])
  })

  test('a 二审 or unappealed first-instance judgment: the next higher court (第二百一十条), never the small-claims original court', () => {
    for (const facts of [{ procedure: 'ordinary', instance: 'second' }, { procedure: 'ordinary' }] as const) {
      const codes = retrialGuide(facts).map((i) => i.code)
      expect(codes).toEqual(['retrial_at_higher_court', 'retrial_grounds', 'retrial_does_not_stop_enforcement'])
    }
  })

  test('the grounds cite 第二百一十一条 (its item 10: 未经传票传唤，缺席判决); the stay cites 第二百一十条 and 第二百一十七条', () => {
    const guide = retrialGuide({ procedure: 'ordinary' })
    expect(guide.find((i) => i.code === 'retrial_grounds')?.basis).toEqual(['民事诉讼法第二百一十一条'])
    expect(guide.find((i) => i.code === 'retrial_does_not_stop_enforcement')?.basis).toEqual(['民事诉讼法第二百一十条', '民事诉讼法第二百一十七条'])
  })
})
