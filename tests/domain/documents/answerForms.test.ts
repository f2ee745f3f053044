/**
 * The 要素式 forms per 案由. 民间借贷纠纷 in the order of the 2025 text [S] (诉讼费负担 sixth; 其他需要说明的内容
 * before 答辩依据); 小额借款合同纠纷 and 追偿权纠纷 have no official form we could verify, so the closest one's
 * items are used under their own 案由. The not-sure choice prints as the form allows: 有 ticked and
 * 「不能确认，请原告举证证明」 (证据规定第三条、第四条; 民诉法解释第九十条).
 */
import { answerFormFor, privateLoanForm } from '../../../src/domain/documents/answerForms'
import { admitsAmount } from '../../../src/domain/documents/answerItems'
import { documentToText } from '../../../src/domain/documents/plainText'
import { build } from './build'
import { fullCommon } from './fixtures'

describe('the forms', () => {
  it('orders the 民间借贷 form as the court prints it', () => {
    expect(privateLoanForm.defence.map((i) => i.heading)).toEqual([
      '对本金有无异议', '对利息有无异议', '对提前还款或解除合同有无异议', '对担保权利诉请有无异议', '对实现债权的费用有无异议',
      '对诉讼费负担有无异议', '对其他请求有无异议', '对标的总额有无异议'])
    expect(privateLoanForm.facts.slice(-4).map((i) => i.heading)).toEqual(['有无其他免责/减责事由', '其他需要说明的内容（可另附页）', '答辩依据', '证据清单（可另附页）'])
    expect(privateLoanForm.facts.map((i) => i.heading)).toContain('借款提供时间')
  })

  it('prints 小额借款合同纠纷 and 追偿权纠纷 under their own 案由, on the closest official form, and says which', () => {
    const small = documentToText(build('answer', 'small_loan', fullCommon, { fields: {}, choices: {} }))
    expect(small.split('\n')[0]).toBe('民事答辩状（小额借款合同纠纷）')
    expect(small).toContain('案由　小额借款合同纠纷')
    expect(small).toContain('1.对本金有无异议')
    expect(answerFormFor('small_loan').basedOn).toBe('financial_loan')
    const recourse = documentToText(build('answer', 'recourse', fullCommon, { fields: {}, choices: {} }))
    expect(recourse.split('\n')[0]).toBe('民事答辩状（追偿权纠纷）')
    expect(recourse).toContain('7.追索情况')
    expect(answerFormFor('recourse').basedOn).toBe('guarantee_insurance')
    expect(answerFormFor('financial_loan').basedOn).toBeUndefined()
  })

  it('asks for a confirmation before 无异议 on the principal, the interest and the total, not on the rest', () => {
    expect(['principal', 'interest', 'premium', 'total'].every(admitsAmount)).toBe(true)
    expect(['contract', 'repayments', 'costs', 'exemption'].some(admitsAmount)).toBe(false)
  })
})

describe('printing', () => {
  it('prints 不确定 as 有 ticked with 「不能确认，请原告举证证明」, in both parts of the form', () => {
    const text = documentToText(build('answer', 'financial_loan', fullCommon, { fields: {}, choices: {} }, {
      answers: { principal: { stance: 'unsure' }, contract: { stance: 'unsure', text: '没有见过合同原件。' } },
    }))
    expect(text).toContain('1.对本金有无异议\n　　无☐　有☑\n　　事实和理由：答辩人对此项不能确认，请原告举证证明。')
    expect(text).toContain('1.合同签订情况（名称、编号、签订时间、地点等）\n　　无异议☐　有异议☑\n　　事实和理由：答辩人对此项不能确认，请原告举证证明。\n　　没有见过合同原件。')
  })

  it('prints the 经常居住地 when the user gave one, and keeps the 送达地址 line\'s qualifier', () => {
    const text = documentToText(build('answer', 'financial_loan', { ...fullCommon, habitualResidence: '广东省深圳市南山区科技园1号' }, { fields: {}, choices: {} }))
    expect(text).toContain('经常居住地：广东省深圳市南山区科技园1号')
    expect(text).toContain('送达地址（适用于一审、二审、再审所有后续程序）及收件人、电话')
  })

  it('names the habitual residence in the jurisdiction objection when that reason is chosen', () => {
    const text = documentToText(build('jurisdiction_objection', 'financial_loan', { ...fullCommon, habitualResidence: '广东省深圳市南山区科技园1号' }, {
      fields: { targetCourt: '深圳市南山区人民法院' }, choices: { reasons: ['habitual_residence', 'not_place_of_performance'] },
    }))
    expect(text).toContain('已在广东省深圳市南山区科技园1号连续居住一年以上，该地为异议人的经常居住地')
    expect(text).toContain('接收货币一方所在地为合同履行地')
    expect(text).toContain('一案移送深圳市南山区人民法院管辖')
    expect(text).not.toContain('住所地（经常居住地）')
  })
})
