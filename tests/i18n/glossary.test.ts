import { glossary, glossaryTerms, splitTerms } from '@/i18n/glossary'

describe('the glossary of legal terms', () => {
  test('has the terms issue 20 lists, each explained in one sentence', () => {
    const words = glossaryTerms.flatMap((term) => glossary[term].forms)
    for (const word of ['级别管辖', '专属管辖', '协议管辖', '法发〔2017〕22号', '内部收益率', 'IRR', '年化利率', '名义年利率', 'LPR', '一年期贷款市场报价利率',
      '自认', '诉讼时效', '管辖权异议', '举证期限', '答辩期', '小额诉讼', '简易程序', '支付令', '再审', '强制执行', '失信被执行人', '限制消费']) {
      expect(words).toContain(word)
    }
    for (const term of glossaryTerms) {
      const { plain } = glossary[term]
      // One sentence: a single full stop, at the end.
      expect(plain.endsWith('。')).toBe(true)
      expect(plain.slice(0, -1)).not.toContain('。')
      expect(plain.length).toBeLessThanOrEqual(90)
    }
  })

  test('the texts say what the law says: 15 days, three years, six months, four times the LPR, 24%', () => {
    expect(glossary.payment_order.plain).toContain('15 日')
    expect(glossary.payment_order.plain).toContain('书面异议')
    expect(glossary.limitation.plain).toContain('三年')
    expect(glossary.limitation.plain).toContain('不会主动')
    expect(glossary.retrial.plain).toContain('6 个月')
    expect(glossary.retrial.plain).toContain('不停止执行')
    expect(glossary.lpr.plain).toContain('四倍')
    expect(glossary.fafa_2017_22.plain).toContain('24%')
    expect(glossary.small_claims.plain).toContain('不能上诉')
    expect(glossary.admission.plain).toContain('不用再拿证据')
  })

  test('splits a text into plain parts and terms, and joined back it is the text', () => {
    const text = '答辩期内没有提管辖权异议的，视为同意；违反级别管辖或专属管辖规定的除外。'
    const parts = splitTerms(text)
    expect(parts.map((p) => p.text).join('')).toBe(text)
    expect(parts.filter((p) => p.term).map((p) => [p.text, p.term])).toEqual([
      ['答辩期', 'answer_period'], ['管辖权异议', 'jurisdiction_objection'], ['级别管辖', 'jurisdiction_level'], ['专属管辖', 'jurisdiction_exclusive'],
    ])
  })

  test('a term is tappable once per text, and the longest spelling wins', () => {
    const parts = splitTerms('一年期贷款市场报价利率（LPR）的四倍；LPR 每月公布。')
    expect(parts.filter((p) => p.term)).toEqual([{ text: '一年期贷款市场报价利率', term: 'lpr' }])
    expect(splitTerms('方法：内部收益率法。').filter((p) => p.term)).toEqual([{ text: '内部收益率法', term: 'irr' }])
  })

  test('a cap that is 上限高于 a rate is not read as 限高, and terms can be limited to a few', () => {
    expect(splitTerms('上限高于 24.00%').filter((p) => p.term)).toEqual([])
    expect(splitTerms('再审和强制执行', ['enforcement']).filter((p) => p.term).map((p) => p.term)).toEqual(['enforcement'])
  })
})
