/**
 * What the after-answer filings (issue 21) print, beyond the elements every template test checks: the 质证意见's
 * table, the appeal's parts (民事诉讼法第一百七十二条) and copies (第一百七十三条), the online-hearing opinion, the
 * time-bar objection's computed dates (第二百五十条), and the .docx of each read back with mammoth.
 */
import mammoth from 'mammoth'
import { afterAnswerKinds } from '../../../src/domain/documents/afterAnswer/kinds'
import { documentToDocx } from '../../../src/domain/documents/docx/docx'
import { documentToText } from '../../../src/domain/documents/plainText'
import { readDraftFields } from '../../../src/domain/documents/draftFields'
import { templateFor } from '../../../src/domain/documents/templates'
import { build, LEAKS } from './build'
import { afterAnswerFullDrafts as drafts } from './afterAnswerFixtures'
import { fullCommon, minimalCommon } from './fixtures'

;(globalThis as any).TextDecoder ??= require('node:util').TextDecoder

describe('质证意见', () => {
  it('prints one table section per exhibit with its purpose, 真实性/合法性/关联性 as 认可/不认可/无法确认 and the reasons', () => {
    const text = documentToText(build('evidence_opinion', 'financial_loan', fullCommon, drafts.evidence_opinion))
    expect(text).toContain('【1.借款合同（电子协议）】\n原告的证明目的\n　　证明双方借款关系及利率约定\n真实性　无法确认。没有签署时的版本记录。\n合法性　认可。\n关联性　不认可。不能证明被告同意该利率。')
    expect(text).toContain('【2.还款明细】\n真实性　不认可。原告单方制作。\n合法性　无法确认。\n关联性　认可。')
  })

  it('leaves one blank exhibit to write in by hand when none was listed', () => {
    const doc = build('evidence_opinion', 'financial_loan', fullCommon, { fields: {}, choices: {} })
    expect(documentToText(doc)).toContain('【1.＿＿＿＿＿＿】\n真实性　＿＿＿＿＿＿\n合法性　＿＿＿＿＿＿\n关联性　＿＿＿＿＿＿')
    expect(doc.blanks).toBe(4)
  })

  it('drops a stance it does not know and an exhibit left completely empty', () => {
    const { fields } = readDraftFields('evidence_opinion', templateFor('evidence_opinion', 'financial_loan'), {
      fields: {}, choices: {}, exhibits: [{ id: 'x', name: ' 放款凭证 ', authenticity: { stance: 'maybe' } }, { id: 'y', name: '  ' }],
    })
    expect(fields.exhibits).toEqual([{ name: '放款凭证', aspects: {} }])
  })
})

describe('民事上诉状', () => {
  const text = documentToText(build('appeal', 'financial_loan', fullCommon, drafts.appeal))

  it('names the parties, the original court, the case number and the 案由, and addresses the second-instance court', () => {
    expect(text).toContain('上诉人因与被上诉人金融借款合同纠纷一案，不服杭州互联网法院2026年11月30日作出的（2026）浙0192民初1234号民事判决，现提起上诉。')
    expect(text).toContain('此致\n浙江省杭州市中级人民法院\n附：本上诉状副本1份')
  })

  it('numbers the requests and the common grounds, then the reasons taken item by item from the answer', () => {
    expect(text).toContain('　　一、撤销杭州互联网法院（2026）浙0192民初1234号民事判决第一项，依法改判：上诉人向被上诉人偿还借款本金9,000元。')
    expect(text).toContain('　　三、本案一审、二审诉讼费用由被上诉人负担。')
    expect(text).toContain('（《中华人民共和国民事诉讼法》第一百七十七条第一款第（四）项）。\n　　关于本金：实际到手9,000元。')
  })

  it('keeps a line for the requests when none is chosen (第一百七十二条 requires them)', () => {
    const doc = build('appeal', 'financial_loan', fullCommon, { fields: {}, choices: {} })
    expect(documentToText(doc)).toContain('上诉请求\n　　＿＿＿＿＿＿\n事实和理由')
  })

  it('prints one copy per opposing party', () => {
    const two = build('appeal', 'financial_loan', fullCommon, { ...drafts.appeal, fields: { ...drafts.appeal.fields, opposingCount: '2' } })
    expect(documentToText(two)).toContain('附：本上诉状副本2份')
  })
})

describe('在线庭审意见', () => {
  it('prints the objections only when the user objects', () => {
    const consent = build('online_hearing', 'financial_loan', fullCommon, { fields: { hearingOn: '2026-11-20' }, choices: { onlinePosition: ['consent'], onlineObjections: ['no_device'] } })
    const text = documentToText(consent)
    expect(text).toContain('被告同意本案庭审以在线视频方式进行（《人民法院在线诉讼规则》第四条）')
    expect(text).toContain('视为拒不到庭')
    expect(text).not.toContain('设备、网络')
    expect(documentToText(build('online_hearing', 'financial_loan', fullCommon, drafts.online_hearing))).toContain('一、被告不具备参加在线庭审的设备、网络等条件')
  })
})

describe('申请执行时效异议', () => {
  it('computes the end of the two years from the performance period\'s last day', () => {
    expect(documentToText(build('late_enforcement_objection', 'financial_loan', fullCommon, drafts.late_enforcement_objection)))
      .toContain('履行期间的最后一日为2024年6月10日。依照《中华人民共和国民事诉讼法》第二百五十条的规定，申请执行的期间为二年，从该日起计算，至2026年6月10日届满。')
  })

  it('refuses, at the field, an application date inside the two years', () => {
    const template = templateFor('late_enforcement_objection', 'financial_loan')
    const { issues } = readDraftFields('late_enforcement_objection', template, { fields: { performanceDue: '2024-06-10', appliedOn: '2026-06-10' }, choices: {} })
    expect(issues).toEqual([{ field: 'appliedOn', code: 'applied_within_period' }])
  })
})

describe.each(afterAnswerKinds.map((k) => [k]))('%s as a Word file', (kind) => {
  it('reads back with mammoth holding the title, the case number, the court and the party, with no placeholder', async () => {
    const doc = build(kind, 'financial_loan', fullCommon, drafts[kind])
    const { value, messages } = await mammoth.extractRawText({ buffer: Buffer.from(documentToDocx(doc)) })
    expect(messages.filter((m) => m.type === 'error')).toEqual([])
    for (const part of [doc.title, '（2026）浙0192民初1234号', '杭州互联网法院', '张三']) expect(value).toContain(part)
    expect(value).not.toMatch(LEAKS)
  })

  it('reads back from a case with nothing filled in, blanks and all', async () => {
    const doc = build(kind, 'private_loan', minimalCommon, { fields: {}, choices: {} })
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(documentToDocx(doc)) })
    expect(value).toContain('＿＿＿＿＿＿')
    expect(value).not.toMatch(LEAKS)
  })
})
