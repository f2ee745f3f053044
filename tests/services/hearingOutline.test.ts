/**
 * The hearing outline from what the user stored: the answer draft (over the claim check's pre-fill), the evidence
 * marked ready, the limitation assessment, and the answer to 「通知上写的是在线开庭吗」.
 */
import { createMemoryStore } from '@/storage/memoryStore'
import { saveCase } from '@/storage/caseStore'
import { documentToText } from '@/domain/documents/plainText'
import { docsForDeadline } from '@/domain/documents/catalogue'
import { updateDraft } from '@/services/documentDrafts'
import { listDocuments } from '@/services/documents'
import { loadChecklist, setItemStatus } from '@/services/evidence'
import { openHearingOutline, setSummonsMode } from '@/services/hearingOutlinePage'
import { buildTimeline } from '@/services/timeline'
import { makeCase, NOW_MS } from '../storage/fixtures'

// The case's assessment is set by each test; both entries (by id and by record) answer with it.
jest.mock('@/services/limitation', () => ({
  ...jest.requireActual('@/services/limitation'),
  limitationForCase: () => mockLimitation(),
  limitationForRecord: () => mockLimitation(),
}))
let limitation: unknown = { status: 'unanswered' }
function mockLimitation() { return limitation }

const TODAY = '2026-11-25'
const inPerson = makeCase(1, { procedure: 'ordinary', court: '杭州市西湖区人民法院', caseNumber: '（2026）浙0106民初55号' })

function seeded(record = inPerson) {
  const store = createMemoryStore()
  saveCase(store, record, NOW_MS)
  return store
}

beforeEach(() => { limitation = { status: 'unanswered' } })

describe('the hearing outline of a 民初 case with a hearing ahead', () => {
  test('its lines come from the answer the user filled: position, reason, and the exhibit marked ready', () => {
    const store = seeded()
    updateDraft(store, 'case-1', 'answer', (d) => ({ ...d, answers: {
      principal: { stance: 'object', text: '实际到手只有9,000元。' },
      total: { stance: 'agree' },
    } }), NOW_MS)
    const view = loadChecklist(store, 'case-1', NOW_MS)!
    setItemStatus(store, view, 'loan_records', 'ready', NOW_MS)
    const page = openHearingOutline(store, 'case-1', NOW_MS, TODAY)!
    expect(page.state.answerStarted).toBe(true)
    const text = documentToText(page.doc.rendered)
    expect(text).toContain('对本金有无异议\n　　我的意见：有异议\n　　理由：实际到手只有9,000元。')
    expect(text).toContain('对标的总额有无异议\n　　我的意见：无异议（认可原告的说法）')
    expect(text).toContain('证据1 借款和还款记录、账单')
    expect(text).toContain('开庭：2026年12月1日 9:30')
    expect(text).toContain('答辩状　2份：法院1份，对方当事人每人1份')
    expect(text).not.toContain('在线开庭')
  })

  test('says the answer was not started, and still lists the items', () => {
    const page = openHearingOutline(seeded(), 'case-1', NOW_MS, TODAY)!
    expect(page.state.answerStarted).toBe(false)
    expect(documentToText(page.doc.rendered)).toContain('答辩状里没有填的')
  })

  test('adds the online section once the user says the notice says 在线, and removes it again', () => {
    const store = seeded()
    setSummonsMode(store, 'case-1', 'online', NOW_MS)
    expect(openHearingOutline(store, 'case-1', NOW_MS, TODAY)!.state.summons).toBe('online')
    expect(documentToText(openHearingOutline(store, 'case-1', NOW_MS, TODAY)!.doc.rendered)).toContain('【三、在线开庭】')
    setSummonsMode(store, 'case-1', null, NOW_MS)
    expect(documentToText(openHearingOutline(store, 'case-1', NOW_MS, TODAY)!.doc.rendered)).not.toContain('在线开庭')
  })

  test('has the online section for an internet court without asking', () => {
    const page = openHearingOutline(seeded(makeCase(1, { procedure: 'ordinary' })), 'case-1', NOW_MS, TODAY)!
    expect(page.state.internetCourt).toBe(true)
    expect(documentToText(page.doc.rendered)).toContain('在线开庭（互联网法院一般在线开庭）')
  })

  test('includes the limitation point when the case\'s assessment says it may have run', () => {
    limitation = { status: 'may_have_run', latest: { event: 'last_due', on: '2022-05-10' }, ranOn: '2025-05-12', demandsUnknown: true, filingDateKnown: false }
    const text = documentToText(openHearingOutline(seeded(), 'case-1', NOW_MS, TODAY)!.doc.rendered)
    expect(text).toContain('最后一期到期是2022年5月10日，三年到2025年5月12日届满；按立案时间估计，起诉时可能已经过了。')
  })

  test('is linked from the hearing card and offered first while the hearing is ahead, and gone once it has passed', () => {
    const store = seeded()
    const hearing = buildTimeline(inPerson, TODAY).deadlines.find((d) => d.kind === 'hearing')!
    expect(docsForDeadline(hearing, 'ordinary')).toContain('hearing_outline')
    expect(listDocuments(store, 'case-1', NOW_MS, TODAY)!.entries[0].kind).toBe('hearing_outline')
    expect(listDocuments(store, 'case-1', NOW_MS, '2026-12-02')!.entries.map((e) => e.kind)).not.toContain('hearing_outline')
  })
})
