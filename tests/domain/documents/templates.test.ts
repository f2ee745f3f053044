/**
 * Every template, rendered from a full and from a minimal case: every required element is there, and
 * nothing rendered holds a placeholder, undefined, NaN or null. Documents: documents.md §1–§2.
 */
import { answerFormFor } from '../../../src/domain/documents/answerForms'
import { docKinds, type DocKind } from '../../../src/domain/documents/docKinds'
import { documentToText } from '../../../src/domain/documents/plainText'
import { build, LEAKS } from './build'
import { fullCommon, fullDrafts, minimalCommon } from './fixtures'
import { afterAnswerRequired } from './afterAnswerFixtures'

const REQUIRED: Record<DocKind, string[]> = {
  answer: ['说明：', '★特别提示★', '第十三条第一款', '诚信原则', '虚假诉讼、恶意诉讼', '案号', '案由', '当事人信息', '答辩人（自然人）', '委托诉讼代理人',
    '送达地址（适用于一审、二审、再审所有后续程序）及收件人、电话', '是否接受电子送达', '答辩事项（对原告诉讼请求的确认或者异议）', '事实和理由（对起诉状事实与理由的确认或者异议）', '此致', '答辩人（签字、盖章）'],
  jurisdiction_objection: ['异议书', '（对管辖权提出异议）', '异议人（被告）', '被异议人（原告）', '请求事项', '移送', '事实和理由', '第一百三十条第一款', '此致', '异议人（签名）'],
  payment_order_objection: ['异议书', '（对支付令提出异议）', '异议人（债务人）', '申请人（债权人）', '请求事项', '终结督促程序', '事实和理由', '第二百二十七条', '此致', '异议人（签名）'],
  evidence_extension: ['申请书', '（申请延长举证期限）', '申请人（被告）', '请求事项', '事实和理由', '第六十八条第二款', '第五十四条', '此致', '申请人（签名）'],
  period_extension: ['申请书', '（申请顺延期限）', '申请人', '请求事项', '事实和理由', '第八十六条', '障碍消除后的十日内', '此致', '申请人（签名）'],
  fee_relief: ['申请书', '（申请缓交、减交或者免交诉讼费用）', '请求事项', '事实和理由', '第四十四条至第四十八条', '此致', '申请人（签名）'],
  small_claims_objection: ['异议书', '（对适用小额诉讼程序提出异议）', '异议人（被告）', '请求事项', '事实和理由', '第一百六十九条第二款', '第二百七十九条', '此致', '异议人（签名）'],
  installment_letter: ['分期还款协商申请', '分期还款方案', '以贵司书面同意', '不发生效力', '第一百零七条', '申请人（签名）'],
  penalty_waiver_letter: ['减免罚息、违约金申请', '如贵司书面同意上述减免', '不构成本人的还款承诺', '第一百零七条', '书面形式答复', '申请人（签名）'],
  repayment_plan: ['还款方案', '（调解用）', '调解', '第十五条', '不发生效力', '第一百零七条', '此致', '被告（签名）'],
  hearing_outline: ['庭审提纲', '（自己看的，不交给法院）', '案号：', '法院：', '原告：'],
  collection_record: ['催收记录表', '记录人：', '催收方：', '如实整理', '记录人（签名）'],
  collection_letter: ['要求停止违规催收的函', '贵司主张的债务', '第一千零三十三条', '第六条、第十三条', '不是对贵司所主张债务的存在、数额或者履行期限的承认', '本人（签名）'],
  collection_complaint: ['投诉书', '（违规催收）', '投诉人：', '被投诉机构：', '投诉请求', '事实和理由', '第一千零三十三条', '不是对被投诉机构所主张债务的存在、数额或者履行期限的承认', '附件', '此致', '投诉人（签名）'],
  ...afterAnswerRequired,
}

describe.each(docKinds.map((k) => [k]))('%s', (kind) => {
  const full = build(kind, 'financial_loan', fullCommon, fullDrafts[kind])
  const minimal = build(kind, 'private_loan', minimalCommon, { fields: {}, choices: {} })

  it.each([['full', full], ['minimal', minimal]] as const)('rendered from a %s case holds every required element', (_, doc) => {
    const text = documentToText(doc)
    for (const element of REQUIRED[kind]) expect(text).toContain(element)
  })

  it.each([['full', full], ['minimal', minimal]] as const)('rendered from a %s case holds no placeholder, undefined, NaN or null', (_, doc) => {
    const text = documentToText(doc)
    expect(text).not.toMatch(LEAKS)
    for (const block of doc.blocks) expect(JSON.stringify(block)).not.toMatch(LEAKS)
  })

  it('fills every blank from a full case, and leaves blanks to write in from a minimal one', () => {
    expect(full.blanks).toBe(0)
    if (kind === 'installment_letter' || kind === 'penalty_waiver_letter' || kind === 'hearing_outline' || kind.startsWith('collection_')) expect(minimal.blanks).toBeGreaterThan(0)
    else expect(minimal.blanks).toBeGreaterThanOrEqual(3)
  })

  it('puts the case number and the court in the full one', () => {
    const text = documentToText(full)
    expect(text).toContain('杭州互联网法院')
    expect(text).toContain('（2026）浙0192民初1234号')
  })
})

describe('answer (要素式)', () => {
  it.each(['financial_loan', 'credit_card', 'guarantee_insurance', 'private_loan', 'small_loan', 'recourse'] as const)('prints every item of the %s form, numbered, with its boxes', (claimKind) => {
    const doc = build('answer', claimKind, fullCommon, { fields: {}, choices: {} })
    const text = documentToText(doc)
    const form = answerFormFor(claimKind)
    expect(text.split('\n')[0]).toBe(`民事答辩状（${form.caseType}）`)
    form.defence.forEach((item, i) => expect(text).toContain(`${i + 1}.${item.heading}`))
    form.facts.forEach((item, i) => expect(text).toContain(`${i + 1}.${item.heading}`))
    expect(text).toContain('无☐　有☐')
    expect(text).toContain('无异议☐　有异议☐')
  })

  it('ticks the stance given and prints the reasons under 事实和理由', () => {
    const doc = build('answer', 'financial_loan', fullCommon, { fields: {}, choices: {} }, {
      answers: { interest: { stance: 'object', text: '利率过高。\n请求调减。' }, principal: { stance: 'agree' } },
      claimed: { principal: 1_000_000, interest: 123_456 },
    })
    const text = documentToText(doc)
    expect(text).toContain('1.对本金有无异议\n　　原告主张：本金10,000.00元（人民币壹万元整）\n　　无☑　有☐')
    expect(text).toContain('原告主张：利息1,234.56元（人民币壹仟贰佰叁拾肆元伍角陆分）\n　　无☐　有☑\n　　事实和理由：利率过高。\n　　请求调减。')
    expect(text).toContain('性别：男☑　女☐')
    expect(text).toContain('是☑　方式：短信 13800000000')
  })
})

describe('promises and admissions in the letters and the plan (issue 17)', () => {
  it('never has the plan confirm the principal owed, and words every promise as conditional on written agreement', () => {
    const plan = documentToText(build('repayment_plan', 'financial_loan', fullCommon, fullDrafts.repayment_plan))
    expect(plan).not.toContain('确认尚欠')
    expect(plan).toContain('一、原告起诉主张的本金为10,000.00元')
    expect(plan).toContain('二、在双方达成书面调解协议的前提下，被告愿意向原告支付')
    const waiver = documentToText(build('penalty_waiver_letter', 'financial_loan', fullCommon, fullDrafts.penalty_waiver_letter))
    expect(waiver).not.toMatch(/并承诺于/)
    expect(waiver).toContain('如贵司书面同意上述减免，本人愿意在双方签订书面协议后，于2026年12月31日前偿还本金10,000.00元')
  })

  it('prints the reservation of 民诉法解释第一百零七条 in the writer\'s own voice', () => {
    const letter = documentToText(build('installment_letter', 'financial_loan', fullCommon, fullDrafts.installment_letter))
    expect(letter).toContain('本人在本函中作出的让步和认可，仅为达成和解或者调解协议之用，不构成对原告主张的债务数额及其他事实的承认')
    const plan = documentToText(build('repayment_plan', 'financial_loan', fullCommon, fullDrafts.repayment_plan))
    expect(plan).toContain('被告在本方案中作出的让步和认可')
  })
})
