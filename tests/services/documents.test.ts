/**
 * Opening a document through the services: the case, the party details, the draft and the claim
 * check's findings come together. The claim check lives on another branch, so the seam
 * (services/documentInputs.ts) is replaced here by the hand-built fixtures it will deliver.
 */
import { createMemoryStore } from '@/storage/memoryStore'
import { saveCase } from '@/storage/caseStore'
import { documentToText } from '@/domain/documents/plainText'
import type { ClaimFindings } from '@/domain/claims/findings'
import type { LimitationAssessment } from '@/domain/claims/limitation'
import { openDocument, listDocuments, documentFileName } from '@/services/documents'
import { acknowledgePromiseWarning, updateDraft, updateParty } from '@/services/documentDrafts'
import { evidenceFixture, findingsFixture } from '../domain/documents/fixtures'
import { makeCase, NOW_MS } from '../storage/fixtures'

jest.mock('@/services/documentInputs', () => ({
  loadDocumentInputs: () => ({ findings: mockFindings(), evidence: mockEvidence() }),
}))
// On this branch limitationForCase always says 'unanswered' (the claim check stores the answers); the tests
// that need another status set it here.
jest.mock('@/services/limitation', () => ({ limitationForCase: () => mockLimitation() }))
let withFindings = true
let findings: ClaimFindings = findingsFixture
let limitation: LimitationAssessment = { status: 'unanswered' }
function mockFindings() { return withFindings ? findings : null }
function mockEvidence() { return withFindings ? evidenceFixture : [] }
function mockLimitation() { return limitation }

const TODAY = '2026-09-20'
const served0916 = makeCase(1, { procedure: 'ordinary', documents: ['complaint'], facts: { servedOn: '2026-09-16', serviceMethod: 'mail' }, claim: { principal: 1_000_000, interest: 12_345 } })

function seeded() {
  const store = createMemoryStore()
  saveCase(store, served0916, NOW_MS)
  return store
}

beforeEach(() => { withFindings = true; findings = findingsFixture; limitation = { status: 'unanswered' } })

describe('openDocument (answer)', () => {
  it('pre-fills the items the claim check supports and the evidence list, with the claimed amounts from the findings', () => {
    const doc = openDocument(seeded(), 'case-1', 'answer', NOW_MS, TODAY)
    const text = documentToText(doc!.rendered)
    expect(doc!.answers.interest).toEqual({ stance: 'object', text: expect.stringContaining('31.27%') })
    expect(text).toContain('事实和理由：还款明细：2025年2月10日还款1,000.00元')
    expect(text).toContain('1.借款合同及借款记录截图（证明目的：证明实际到手金额为9,000元；1份）')
    expect(text).toContain('原告主张：本金10,000.00元（人民币壹万元整）')
    expect(text).toContain('（2026）浙0192民初1001号')
    expect(text).toContain('杭州互联网法院')
  })

  it('keeps what the user changed over the pre-fill, and can be put back', () => {
    const store = seeded()
    updateDraft(store, 'case-1', 'answer', (d) => ({ ...d, answers: { interest: { stance: 'agree', text: '' } } }), NOW_MS)
    expect(openDocument(store, 'case-1', 'answer', NOW_MS, TODAY)!.answers.interest).toEqual({ stance: 'agree', text: '' })
    updateDraft(store, 'case-1', 'answer', (d) => ({ ...d, answers: {} }), NOW_MS)
    expect(openDocument(store, 'case-1', 'answer', NOW_MS, TODAY)!.answers.interest.stance).toBe('object')
  })

  it('uses the claim stored with the case when there are no findings, and leaves the items unanswered', () => {
    withFindings = false
    const doc = openDocument(seeded(), 'case-1', 'answer', NOW_MS, TODAY)!
    expect(doc.answers).toEqual({})
    expect(documentToText(doc.rendered)).toContain('原告主张：利息123.45元（人民币壹佰贰拾叁元肆角伍分）')
  })

  it('takes the amounts from the case, so a cleared claim check still prints the principal', () => {
    findings = { ...findingsFixture, claimed: {}, points: [], repayments: [], repaidFen: 0 }
    const text = documentToText(openDocument(seeded(), 'case-1', 'answer', NOW_MS, TODAY)!.rendered)
    expect(text).toContain('原告主张：本金10,000.00元（人民币壹万元整）')
    expect(text).toContain('原告主张：利息123.45元')
  })

  it('prefers the case\'s amounts to a stale claim check, and fills only what the case does not hold', () => {
    const doc = openDocument(seeded(), 'case-1', 'answer', NOW_MS, TODAY)!
    expect(doc.claimed).toMatchObject({ principal: 1_000_000, interest: 12_345, enforcementCosts: 200_000, total: 1_403_456 })
  })

  it('keeps 还款情况 open until the user says whether the complaint deducted the repayments', () => {
    const store = seeded()
    expect(openDocument(store, 'case-1', 'answer', NOW_MS, TODAY)!.answers.repayments.stance).toBeUndefined()
    updateDraft(store, 'case-1', 'answer', (d) => ({ ...d, choices: { ...d.choices, repaymentsReflected: ['no'] } }), NOW_MS)
    expect(openDocument(store, 'case-1', 'answer', NOW_MS, TODAY)!.answers.repayments.stance).toBe('object')
  })

  it('prints the party details and names the plaintiff without the product in brackets', () => {
    const store = seeded()
    updateParty(store, 'case-1', { name: '张三', gender: '男', birthDate: '1990-01-02' }, true, NOW_MS)
    const text = documentToText(openDocument(store, 'case-1', 'jurisdiction_objection', NOW_MS, TODAY)!.rendered)
    expect(text).toContain('异议人（被告）：张三，男，1990年1月2日出生')
    expect(text).toContain('被异议人（原告）：重庆蚂蚁消费金融有限公司。')
  })

  it('reports a birth date that is not a date at its field and leaves a blank, keeping what was typed', () => {
    const store = seeded()
    updateParty(store, 'case-1', { name: '张三', birthDate: '1990-13-01' }, true, NOW_MS)
    const doc = openDocument(store, 'case-1', 'jurisdiction_objection', NOW_MS, TODAY)!
    expect(doc.issues).toEqual([{ field: 'party.birthDate', code: 'invalid_date' }])
    expect(doc.party.birthDate).toBe('1990-13-01')
  })

  it('starts a new case from the party details another case kept', () => {
    const store = seeded()
    saveCase(store, makeCase(2), NOW_MS)
    updateParty(store, 'case-2', { name: '张三' }, true, NOW_MS)
    expect(openDocument(store, 'case-1', 'answer', NOW_MS, TODAY)!.party).toEqual({ name: '张三' })
  })

  it('starts the evidence extension from the evidence deadline of the case', () => {
    const store = createMemoryStore()
    saveCase(store, makeCase(1, { procedure: 'ordinary', facts: { servedOn: '2026-09-16', serviceMethod: 'mail', evidenceDeadline: '2026-10-12' } }), NOW_MS)
    expect(openDocument(store, 'case-1', 'evidence_extension', NOW_MS, TODAY)!.form.fields.evidenceDue).toBe('2026-10-12')
  })
})

describe('the limitation warning before a promise (issue 17)', () => {
  it('holds the 分期 letter behind the warning while the limitation is unanswered, until the user acknowledges it', () => {
    const store = seeded()
    expect(openDocument(store, 'case-1', 'installment_letter', NOW_MS, TODAY)!.guidance.promiseWarning).toEqual({ status: 'unanswered', acknowledged: false, basis: expect.any(Array) })
    acknowledgePromiseWarning(store, 'case-1', 'installment_letter', 'unanswered', NOW_MS)
    expect(openDocument(store, 'case-1', 'installment_letter', NOW_MS, TODAY)!.guidance.promiseWarning?.acknowledged).toBe(true)
  })

  it('asks again when the limitation answers change to 「may have run」', () => {
    const store = seeded()
    acknowledgePromiseWarning(store, 'case-1', 'penalty_waiver_letter', 'unanswered', NOW_MS)
    limitation = { status: 'may_have_run', latest: { event: 'last_due', on: '2021-06-10' }, ranOn: '2024-06-11', demandsUnknown: true, filingDateKnown: false }
    expect(openDocument(store, 'case-1', 'penalty_waiver_letter', NOW_MS, TODAY)!.guidance.promiseWarning).toMatchObject({ status: 'may_have_run', acknowledged: false })
  })

  it('shows no warning when the period clearly has not run, and none on the answer', () => {
    limitation = { status: 'not_run', latest: { event: 'last_due', on: '2025-06-10' }, ranOn: '2028-06-12' }
    expect(openDocument(seeded(), 'case-1', 'repayment_plan', NOW_MS, TODAY)!.guidance.promiseWarning).toBeNull()
    limitation = { status: 'unanswered' }
    expect(openDocument(seeded(), 'case-1', 'answer', NOW_MS, TODAY)!.guidance.promiseWarning).toBeNull()
  })

  it('ticks the limitation reason on a payment-order objection when the period may have run', () => {
    limitation = { status: 'may_have_run', latest: { event: 'last_due', on: '2021-06-10' }, ranOn: '2024-06-11', demandsUnknown: true, filingDateKnown: true }
    const doc = openDocument(seeded(), 'case-1', 'payment_order_objection', NOW_MS, TODAY)!
    expect(doc.form.choices.reasons).toEqual(['limitation_expired'])
    expect(documentToText(doc.rendered)).toContain('异议人提出诉讼时效抗辩')
    expect(doc.guidance.paymentOrder).toMatchObject({ answered: false, full: true })
  })
})

describe('the jurisdiction objection, judged honestly', () => {
  it('says the objection will most likely fail at the lender\'s seat, and suggests reasons only when it has a chance', () => {
    const store = seeded()
    updateDraft(store, 'case-1', 'jurisdiction_objection', (d) => ({ ...d, choices: { courtAtHome: ['no'], courtAtLenderSeat: ['yes'], agreedCourt: ['none'] } }), NOW_MS)
    const doc = openDocument(store, 'case-1', 'jurisdiction_objection', NOW_MS, TODAY)!
    expect(doc.guidance.jurisdiction?.assessment.chance).toBe('low')
    expect(doc.guidance.jurisdiction?.lenderSeat).toEqual({ name: '重庆蚂蚁消费金融有限公司', city: '重庆市' })
    expect(doc.form.choices.reasons).toBeUndefined()
    updateDraft(store, 'case-1', 'jurisdiction_objection', (d) => ({ ...d, choices: { ...d.choices, courtAtLenderSeat: ['no'] } }), NOW_MS)
    const real = openDocument(store, 'case-1', 'jurisdiction_objection', NOW_MS, TODAY)!
    expect(real.guidance.jurisdiction?.assessment.chance).toBe('real')
    // The case is before 杭州互联网法院: the reason that fits is that it is not the internet court's case.
    expect(real.form.choices.reasons).toEqual(['defendant_domicile', 'internet_court_scope'])
  })
})

describe('listDocuments', () => {
  it('lists the answer first as the main task, the jurisdiction objection as optional with its chance, and marks started drafts', () => {
    const store = seeded()
    updateDraft(store, 'case-1', 'answer', (d) => d, NOW_MS)
    const { entries } = listDocuments(store, 'case-1', NOW_MS, TODAY)!
    expect(entries.slice(0, 2).map((e) => [e.kind, e.startedAt, e.main, e.optional])).toEqual([['answer', NOW_MS, true, false], ['jurisdiction_objection', null, false, true]])
    expect(entries[1].chance).toBe('unclear')
    expect(entries.filter((e) => e.main)).toHaveLength(1)
  })

  it('returns null for a case that does not exist', () => {
    expect(listDocuments(createMemoryStore(), 'nope', NOW_MS, TODAY)).toBeNull()
  })
})

describe('documentFileName', () => {
  it('names the file after the document and the case number, without characters file systems refuse', () => {
    const doc = openDocument(seeded(), 'case-1', 'answer', NOW_MS, TODAY)!
    expect(documentFileName(doc.rendered, { ...served0916, caseNumber: '(2026) 浙/0192民初1001号' })).toBe('民事答辩状（金融借款合同纠纷）(2026)浙0192民初1001号.docx')
  })
})
