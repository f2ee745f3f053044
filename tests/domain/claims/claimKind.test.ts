import { inferClaimKind } from '../../../src/domain/claims/claimKind'

describe('inferClaimKind', () => {
  it.each([
    [{ key: 'alipay', name: '重庆蚂蚁消费金融有限公司' }, 'financial_loan'],
    [{ key: 'mybank', name: '浙江网商银行股份有限公司' }, 'financial_loan'],
    [{ key: 'card', name: '银行信用卡中心' }, 'credit_card'],
    [{ key: 'other', name: '招商银行股份有限公司信用卡中心' }, 'credit_card'],
    [{ key: 'other', name: '中国人民财产保险股份有限公司某分公司' }, 'guarantee_insurance'],
    [{ key: 'other', name: '某某小额贷款有限公司' }, 'small_loan'],
    [{ key: 'other', name: '某某融资担保有限公司' }, 'recourse'],
    [{ key: 'other', name: '某某银行股份有限公司' }, 'financial_loan'],
    [{ key: 'other', name: '张三' }, 'private_loan'],
  ])('suggests the claim kind for %j', (lender, kind) => {
    expect(inferClaimKind(lender)).toBe(kind)
  })
})
