/**
 * What a payment-order objection covers. 民诉法解释第四百三十二条: objecting to some claims leaves the others in
 * force; 第四百三十六条: "cannot pay" is no objection. A charges-only objection is never presented as a full one.
 */
import { paymentOrderScope, paymentOrderScopeText } from '../../../src/domain/documents/paymentOrderScope'
import { build } from './build'
import { fullCommon } from './fixtures'
import { documentToText } from '../../../src/domain/documents/plainText'

describe('paymentOrderScope', () => {
  it('objects to everything when the user chose 全部, or has not chosen yet', () => {
    expect(paymentOrderScope(['all'], ['amount_wrong'])).toMatchObject({ answered: true, full: true, undisputed: [] })
    expect(paymentOrderScope([], [])).toMatchObject({ answered: false, full: true })
    expect(paymentOrderScope(['principal', 'interest', 'penalty', 'fees'], [])).toMatchObject({ full: true })
  })

  it('leaves the undisputed claims enforceable and names them', () => {
    const scope = paymentOrderScope(['interest', 'penalty'], ['charges_too_high'])
    expect(scope).toMatchObject({ full: false, disputed: ['interest', 'penalty'], undisputed: ['principal', 'fees'], chargesOnlyReasons: false })
    expect(paymentOrderScopeText(scope)).toBe('所列利息、罚息、违约金请求')
  })

  it('flags a "full" objection whose only reason is that the charges are too high', () => {
    expect(paymentOrderScope(['all'], ['charges_too_high']).chargesOnlyReasons).toBe(true)
    expect(paymentOrderScope(['all'], ['charges_too_high', 'already_repaid']).chargesOnlyReasons).toBe(false)
  })
})

describe('the objection as printed', () => {
  const doc = (disputed: string[], reasons: string[]) => documentToText(build('payment_order_objection', 'financial_loan', fullCommon, { fields: {}, choices: { disputed, reasons } }))

  it('objects to exactly what is disputed', () => {
    expect(doc(['interest'], ['charges_too_high'])).toContain('对杭州互联网法院（2026）浙0192民初1234号支付令所列利息请求提出异议')
    expect(doc(['all'], ['amount_wrong'])).toContain('支付令所列全部债务提出异议')
  })

  it('prints the limitation defence as an objection to the debt itself', () => {
    expect(doc(['all'], ['limitation_expired'])).toContain('申请人的请求已超过三年诉讼时效期间（《中华人民共和国民法典》第一百八十八条第一款），异议人提出诉讼时效抗辩')
  })
})
