/**
 * Whether a jurisdiction objection has a chance, from the law (texts checked in LawRefBook/Laws):
 * 民事诉讼法第二十二条第一款 (defendant's domicile, or habitual residence where they differ; 解释第四条), 第二十四条
 * (contract: domicile or place of performance), 解释第十八条第二款 (money: the receiving party's place), 第三十五条
 * and 解释第三十一条 (agreed courts; a format clause not pointed out is void on the consumer's request),
 * 互联网法院规定第二条第三项 (internet courts hear their own city's online loan cases).
 */
import { assessJurisdiction, type JurisdictionFacts } from '../../../src/domain/documents/jurisdiction'
import { internetCourtCity, lenderSeatCity } from '../../../src/domain/documents/lenderSeats'

const base: JurisdictionFacts = { courtAtHome: 'no', courtAtLenderSeat: 'no', agreedCourt: 'none', hasHabitualResidence: false, internetCourt: false }

describe('assessJurisdiction', () => {
  it('says the objection is useless when the court is where the user lives (民事诉讼法第二十二条)', () => {
    const a = assessJurisdiction({ ...base, courtAtHome: 'yes' })
    expect([a.chance, a.target, a.basis]).toEqual(['none', null, ['民事诉讼法第二十二条']])
  })

  it('says it will most likely fail at the lender\'s seat: the place of performance of a money claim (解释第十八条第二款)', () => {
    const a = assessJurisdiction({ ...base, courtAtLenderSeat: 'yes' })
    expect([a.chance, a.reasons]).toEqual(['low', ['lender_seat']])
    expect(a.basis).toEqual(['民事诉讼法第二十四条', '民诉法解释第十八条'])
  })

  it('says the same for an internet court of the lender\'s city (互联网法院规定第二条)', () => {
    const a = assessJurisdiction({ ...base, courtAtLenderSeat: 'yes', internetCourt: true })
    expect([a.chance, a.reasons]).toEqual(['low', ['internet_court_lender_city']])
    expect(a.basis).toContain('互联网法院规定第二条')
  })

  it('holds an agreed court that was pointed out at signing (民事诉讼法第三十五条)', () => {
    expect(assessJurisdiction({ ...base, agreedCourt: 'this_court', clauseAlerted: 'yes' }).chance).toBe('low')
  })

  it('gives a real chance against an agreed court in a format clause nobody pointed out, naming the user\'s court (解释第三十一条)', () => {
    const a = assessJurisdiction({ ...base, agreedCourt: 'this_court', clauseAlerted: 'no', hasHabitualResidence: true })
    expect([a.chance, a.target]).toEqual(['real', 'habitual_residence'])
    expect(a.suggested).toEqual(['standard_clause_not_alerted', 'habitual_residence', 'not_place_of_performance'])
    expect(a.basis).toContain('民诉法解释第三十一条')
  })

  it('gives a real chance when the court is neither where the user lives nor at the lender\'s seat, naming the domicile court', () => {
    const a = assessJurisdiction(base)
    expect([a.chance, a.target, a.suggested]).toEqual(['real', 'domicile', ['defendant_domicile', 'not_place_of_performance']])
  })

  it('names the habitual residence, not the 户籍, when the user has lived elsewhere for a year (解释第四条)', () => {
    expect(assessJurisdiction({ ...base, hasHabitualResidence: true }).target).toBe('habitual_residence')
  })

  it('names the agreed court when the contract chose another court and said so clearly', () => {
    const a = assessJurisdiction({ ...base, agreedCourt: 'other_court', clauseAlerted: 'yes' })
    expect([a.chance, a.target]).toEqual(['real', 'agreed_court'])
  })

  it('asks instead of guessing while any fact that decides it is unknown, and says which', () => {
    const a = assessJurisdiction({ hasHabitualResidence: false, internetCourt: false })
    expect(a.chance).toBe('unclear')
    expect(a.reasons).toEqual(['ask_home', 'ask_lender_seat', 'ask_agreed_court'])
    expect(assessJurisdiction({ ...base, agreedCourt: 'this_court', clauseAlerted: 'unsure' }).reasons).toEqual(['ask_clause_alerted'])
    expect(assessJurisdiction({ ...base, courtAtLenderSeat: 'unsure' }).chance).toBe('unclear')
  })

  it('never calls the chance real when the court sits where the user lives, whatever the contract says', () => {
    for (const agreedCourt of ['this_court', 'other_court', 'none', 'unsure'] as const) {
      expect(assessJurisdiction({ ...base, courtAtHome: 'yes', agreedCourt, clauseAlerted: 'no' }).chance).toBe('none')
    }
  })
})

describe('lender seats and internet courts', () => {
  it('knows the city of each main lender and of each internet court', () => {
    expect(lenderSeatCity.alipay).toBe('重庆市')
    expect(lenderSeatCity.mybank).toBe('杭州市')
    expect(lenderSeatCity.card).toBeUndefined()
    expect(internetCourtCity('杭州互联网法院')).toBe('杭州市')
    expect(internetCourtCity('北京互联网法院')).toBe('北京市')
    expect(internetCourtCity('杭州市西湖区人民法院')).toBeNull()
    expect(internetCourtCity(undefined)).toBeNull()
  })
})
