/**
 * The hearing outline and the collection record through the one renderer: their tables come from the answer and the
 * record; the text and the Word file (read back with mammoth, a reader that shares no code with ours) say the same.
 */
import mammoth from 'mammoth'
import { unzipSync, strFromU8 } from 'fflate'
import { readEntry } from '../../../src/domain/collection/entry'
import { financialLoanForm } from '../../../src/domain/documents/answerForms'
import { documentToDocx } from '../../../src/domain/documents/docx/docx'
import { documentToText } from '../../../src/domain/documents/plainText'
import { renderDocument } from '../../../src/domain/documents/render'
import { collectionRecordTemplate } from '../../../src/domain/documents/templates/collectionRecord'
import { collectionRecordRows } from '../../../src/domain/documents/templates/collectionRecordRows'
import { hearingOutlineTemplate } from '../../../src/domain/documents/templates/hearingOutline'
import { hearingOutlineRows } from '../../../src/domain/documents/templates/hearingOutlineRows'
import { buildHearingOutline, type OutlineInput } from '../../../src/domain/hearing/outline'
import { LEAKS } from './build'
import { fullCommon } from './fixtures'

const names = { exhibit: (n: number) => `证据${n} ${['', '借款合同（电子协议）', '借款和还款记录、账单'][n]}`, item: (code: string) => ({ hearing_id_original: '身份证原件', hearing_answer_copies: '答辩状' } as Record<string, string>)[code] ?? code }
const input: OutlineInput = {
  form: financialLoanForm,
  answers: {
    principal: { stance: 'object', text: '实际到手9,000元，少于起诉的本金。\n借款的利息不得预先扣除。' },
    interest: { stance: 'unsure' as never },
    repayments: { stance: 'agree' },
  },
  exhibits: [{ n: 1, code: 'loan_agreement', elements: ['loanAmount', 'rate'] }, { n: 2, code: 'loan_records', elements: ['principal', 'repayments'] }],
  points: [], limitation: { status: 'may_have_run', latest: { event: 'last_due', on: '2022-09-05' }, ranOn: '2025-09-05', demandsUnknown: true, filingDateKnown: true },
  bring: [{ code: 'hearing_id_original' }, { code: 'hearing_answer_copies', copies: 2 }],
  court: '杭州互联网法院', caseNumber: '（2026）浙0192民初1234号',
}
const outlineDoc = (patch: Partial<OutlineInput> = {}) => renderDocument(hearingOutlineTemplate, {
  fields: { ...fullCommon, hearingText: '2026年11月20日 9:30', outlineRows: hearingOutlineRows(buildHearingOutline({ ...input, ...patch }), names) },
})

describe('the hearing outline', () => {
  it('prints each answered item with the user\'s position, the first line of the reason and the exhibits, in the form\'s order', () => {
    const text = documentToText(outlineDoc())
    expect(text).toContain('对本金有无异议\n　　我的意见：有异议\n　　理由：实际到手9,000元，少于起诉的本金。（详见答辩状）\n　　证据：证据2 借款和还款记录、账单')
    expect(text).toContain('对利息（期内利息、复利、罚息）有无异议\n　　我的意见：不能确认，请原告举证证明')
    expect(text).toContain('还款情况　我的意见：无异议（认可原告的说法）')
    expect(text.indexOf('对本金有无异议')).toBeLessThan(text.indexOf('还款情况'))
    expect(text).toContain('开庭：2026年11月20日 9:30')
    expect(text).not.toMatch(LEAKS)
  })

  it('tells the user to raise limitation when it may have run, and leaves it out when not', () => {
    expect(documentToText(outlineDoc())).toContain('【二、要主动提出的】\n诉讼时效')
    expect(documentToText(outlineDoc())).toContain('我提出诉讼时效抗辩')
    const notRun = documentToText(outlineDoc({ limitation: { status: 'not_run', latest: { event: 'last_due', on: '2025-01-01' }, ranOn: '2028-01-01' } }))
    expect(notRun).not.toContain('诉讼时效抗辩')
    expect(notRun).toContain('【二、开庭要带的】')
  })

  it('lists what to bring with the copies for each opposing party, and the exhibits\' originals', () => {
    const text = documentToText(outlineDoc())
    expect(text).toContain('身份证原件　带上')
    expect(text).toContain('答辩状　2份：法院1份，对方当事人每人1份')
    expect(text).toContain('证据1 借款合同（电子协议）；证据2 借款和还款记录、账单：带原件')
  })

  it('has the online-hearing section for an internet court only', () => {
    expect(documentToText(outlineDoc())).toContain('在线开庭（互联网法院一般在线开庭）')
    const inPerson = documentToText(outlineDoc({ court: '杭州市西湖区人民法院', caseNumber: '（2026）浙0106民初5号' }))
    expect(inPerson).not.toContain('在线开庭')
    expect(inPerson).not.toContain('对着镜头')
  })

  it('reads back from its Word file with the same items, as a table', async () => {
    const bytes = documentToDocx(outlineDoc())
    const { value, messages } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) })
    expect(messages.filter((m) => m.type === 'error')).toEqual([])
    for (const s of ['庭审提纲', '对本金有无异议', '我的意见：有异议', '证据2 借款和还款记录、账单', '我提出诉讼时效抗辩', '身份证原件']) expect(value).toContain(s)
    expect(strFromU8(unzipSync(bytes)['word/document.xml'])).toContain('<w:tbl>')
  })
})

describe('the collection record sheet', () => {
  const entry = (patch: Record<string, unknown>) => readEntry({ on: '2026-09-18', at: '', channel: 'call', from: '', who: '', said: '', conduct: [], thirdParties: [], thirdPartyNote: '', ...patch }, '2026-09-20').entry
  const rows = collectionRecordRows([
    { entry: entry({ at: '22:30', from: '0571-88886666', who: '自称律师', said: '说明天上门\n说要通知单位', thirdParties: ['family', 'employer'], thirdPartyNote: '打给了我母亲', conduct: ['threats'] }), photos: 2 },
    { entry: entry({ on: '2026-09-19', channel: 'sms' }), photos: 1 },
  ])

  it('has one row per entry, numbered, with the night marked and the screenshots numbered entry-photo', () => {
    const text = documentToText(renderDocument(collectionRecordTemplate, { fields: { ...fullCommon, entryCount: 2, period: '2026年9月18日至2026年9月19日', entryRows: rows } }))
    expect(text).toContain('共2条记录，2026年9月18日至2026年9月19日。')
    expect(text).toContain('1. 2026年9月18日 22:30（夜间）\n　　方式：电话；号码或账号：0571-88886666\n　　对方自称：自称律师\n　　说了什么：说明天上门\n　　说要通知单位\n　　还联系了：家人、工作单位（打给了我母亲）\n　　问题：联系与债务无关的人；威胁、恐吓\n　　截图：1-1至1-2')
    expect(text).toContain('2. 2026年9月19日\n　　方式：短信')
    expect(text).toContain('截图：2-1')
  })

  it('prints no table, and no placeholder, when nothing was recorded', () => {
    const doc = renderDocument(collectionRecordTemplate, { fields: { ...fullCommon, entryRows: [] } })
    expect(doc.blocks.some((b) => b.kind === 'table')).toBe(false)
    expect(documentToText(doc)).not.toMatch(LEAKS)
  })
})

describe('a rows field', () => {
  it('keeps only sections and items, cleans their text like any input, and splits lines', () => {
    const doc = renderDocument(hearingOutlineTemplate, { fields: { outlineRows: [{ section: '一' }, { label: '项\u0001', lines: ['甲\n乙', 3, ''] }, { nonsense: true }, 'x'] as never } })
    const table = doc.blocks.find((b) => b.kind === 'table')
    expect(table).toEqual({ kind: 'table', rows: [{ kind: 'section', text: '一' }, { kind: 'item', label: '项', lines: [[{ text: '甲' }], [{ text: '乙' }]] }] })
  })
})
