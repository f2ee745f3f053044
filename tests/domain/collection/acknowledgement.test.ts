/**
 * A letter or complaint about collection never acknowledges the debt or promises payment: agreeing to pay,
 * instalments or a plan count as 同意履行 (诉讼时效规定第十四条), restart the three years (民法典第一百九十五条) and,
 * after they ran, end the defence (民法典第一百九十二条第二款; 诉讼时效规定第十九条).
 */
import fc from 'fast-check'
import { acknowledgingPhrases } from '../../../src/domain/collection/acknowledgement'
import { conductCodes } from '../../../src/domain/collection/conduct'
import { thirdParties } from '../../../src/domain/collection/entry'
import { documentToText } from '../../../src/domain/documents/plainText'
import { renderDocument } from '../../../src/domain/documents/render'
import { readDraftFields } from '../../../src/domain/documents/draftFields'
import { collectionComplaintTemplate, COMPLAINT_NOT_AN_ACKNOWLEDGEMENT } from '../../../src/domain/documents/templates/collectionComplaint'
import { collectionLetterChannels, collectionLetterTemplate, NOT_AN_ACKNOWLEDGEMENT } from '../../../src/domain/documents/templates/collectionLetter'
import { collectionRecordLine } from '../../../src/domain/documents/templates/collectionRecordRows'
import { fullCommon } from '../documents/fixtures'

describe('acknowledgingPhrases', () => {
  it.each([
    '本人愿意偿还欠款本金', '我欠贵司一万元', '本人承诺于2026年12月31日前还清', '申请分期还款', '本人会在下月还款',
    '本人逾期是因为失业', '请同意延期还款', '本人同意还款',
  ])('finds an acknowledgement in %j', (text) => {
    expect(acknowledgingPhrases(text).length).toBeGreaterThan(0)
  })

  it.each([NOT_AN_ACKNOWLEDGEMENT, COMPLAINT_NOT_AN_ACKNOWLEDGEMENT, '关于贵司主张的债务', '借呗，合同编号 JB2025-001'])('finds none in %j', (text) => {
    expect(acknowledgingPhrases(text)).toEqual([])
  })
})

const subset = <T>(list: readonly T[]) => fc.subarray([...list])

describe('the collection letter and complaint, with any choices', () => {
  const recordLine = collectionRecordLine({ count: 5, dated: 5, firstOn: '2026-09-01', lastOn: '2026-09-18', nightCount: 2 }, 'letter')

  it('never acknowledge the debt or promise to pay, and always carry the clause saying so', () => {
    fc.assert(fc.property(subset(thirdParties), subset(conductCodes.filter((c) => c !== 'third_party_contact')), subset(collectionLetterChannels), (people, conduct, channels) => {
      const choices = { thirdParties: people, conduct, channels }
      for (const [template, clause] of [[collectionLetterTemplate, NOT_AN_ACKNOWLEDGEMENT], [collectionComplaintTemplate, COMPLAINT_NOT_AN_ACKNOWLEDGEMENT]] as const) {
        const { fields } = readDraftFields(template.id === 'collection_letter' ? 'collection_letter' : 'collection_complaint', template, { fields: { debtRef: '借呗', mailAddress: '杭州市文三路1号', contactHours: '工作日9时至18时', recordLine: recordLine ?? '', authority: '国家金融监督管理总局', agency: '某公司' }, choices })
        const text = documentToText(renderDocument(template, { fields: { ...fullCommon, ...fields } }))
        expect(acknowledgingPhrases(text)).toEqual([])
        expect(text).toContain(clause)
        expect(text).toContain('主张的债务')
      }
    }), { numRuns: 60 })
  })

  it('leave out typed words that acknowledge the debt, and say which field', () => {
    const { fields, issues } = readDraftFields('collection_letter', collectionLetterTemplate, { fields: { debtRef: '我欠借呗一万元' }, choices: {} })
    expect(fields.debtRef).toBeUndefined()
    expect(issues).toEqual([{ field: 'debtRef', code: 'acknowledges_debt' }])
    expect(acknowledgingPhrases(documentToText(renderDocument(collectionLetterTemplate, { fields: { ...fullCommon, ...fields } })))).toEqual([])
  })
})

describe('collectionRecordLine', () => {
  it('says nothing without a dated entry, and one day without 自…至', () => {
    expect(collectionRecordLine({ count: 2, dated: 0, nightCount: 0 }, 'letter')).toBeUndefined()
    expect(collectionRecordLine({ count: 2, dated: 2, firstOn: '2026-09-18', lastOn: '2026-09-18', nightCount: 0 }, 'complaint'))
      .toBe('2026年9月18日，投诉人记录到被投诉机构或者其委托的催收人员联系投诉人或者他人共2次，详见附件催收记录表。')
  })
})
