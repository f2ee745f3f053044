import { createMemoryStore } from '@/storage/memoryStore'
import { saveCase } from '@/storage/caseStore'
import { evidenceKey, loadEvidence, saveEvidence } from '@/storage/evidenceStore'
import { PREP_PROGRESS_KEY, readPrepProgress } from '@/storage/prepProgress'
import { readQuarantine } from '@/storage/quarantine'
import { loadChecklist, NOTE_MAX_CHARS, preparedEvidenceList, setItemNote, setItemStatus, setOpposingParties } from '@/services/evidence'
import { chooseClaimKind } from '@/services/claimKindChoice'
import { makeCase } from '../storage/fixtures'

/** 2026-09-20 10:00 Beijing: the 2026-09-16 case is in its answer period. */
const SEPT_20 = Date.UTC(2026, 8 /* Sep */, 20, 2, 0)
const served0916 = makeCase(1, { procedure: 'ordinary', documents: ['complaint'], facts: { servedOn: '2026-09-16', serviceMethod: 'mail' } })

function setup() {
  const store = createMemoryStore()
  saveCase(store, served0916, SEPT_20)
  return store
}

describe('the evidence checklist of a case', () => {
  test('the 2026-09-16 花呗 case, in its answer period, starts at 已准备 0/12 and records that for the home page', () => {
    const store = setup()
    const view = loadChecklist(store, 'case-1', SEPT_20)!
    expect(view).toMatchObject({ claimKind: 'financial_loan', claimKindInferred: true, procedure: 'ordinary', stage: 'before_answer', progress: { ready: 0, total: 12 } })
    expect(readPrepProgress(store, SEPT_20)).toEqual({ 'case-1': { ready: 0, total: 12 } })
  })

  test('marking items ready counts them; 不适用 leaves the total', () => {
    const store = setup()
    let view = loadChecklist(store, 'case-1', SEPT_20)!
    view = setItemStatus(store, view, 'loan_agreement', 'ready', SEPT_20)
    view = setItemStatus(store, view, 'loan_records', 'ready', SEPT_20)
    view = setItemStatus(store, view, 'hardship_proof', 'not_applicable', SEPT_20)
    expect(view.progress).toEqual({ ready: 2, total: 11 })
    expect(readPrepProgress(store, SEPT_20)['case-1']).toEqual({ ready: 2, total: 11 })
    expect(loadChecklist(store, 'case-1', SEPT_20)!.progress).toEqual({ ready: 2, total: 11 })
  })

  test('a note is kept as typed, cut at the box limit', () => {
    const store = setup()
    const view = setItemNote(store, loadChecklist(store, 'case-1', SEPT_20)!, 'loan_agreement', '合同在“合同与协议”里', SEPT_20)
    expect(view.rows.find((r) => r.item.code === 'loan_agreement')!.state.note).toBe('合同在“合同与协议”里')
    setItemNote(store, view, 'loan_agreement', '长'.repeat(NOTE_MAX_CHARS + 50), SEPT_20)
    expect(loadEvidence(store, 'case-1', SEPT_20).items.loan_agreement.note).toHaveLength(NOTE_MAX_CHARS)
  })

  test('changing the 案由 changes the items, and the state of the old items is kept for switching back', () => {
    const store = setup()
    setItemStatus(store, loadChecklist(store, 'case-1', SEPT_20)!, 'loan_agreement', 'ready', SEPT_20)
    chooseClaimKind(store, 'case-1', 'credit_card', SEPT_20)
    const card = loadChecklist(store, 'case-1', SEPT_20)!
    expect(card).toMatchObject({ claimKind: 'credit_card', claimKindInferred: false })
    expect(card.rows.map((r) => r.item.code)).toContain('card_agreement')
    expect(card.progress.ready).toBe(0)
    chooseClaimKind(store, 'case-1', null, SEPT_20)
    expect(loadChecklist(store, 'case-1', SEPT_20)!.progress.ready).toBe(1)
  })

  test('the number of opposing parties sets the copies, and stays within 1…20', () => {
    const store = setup()
    expect(setOpposingParties(store, 'case-1', 2, SEPT_20)!.rows.find((r) => r.item.code === 'hearing_evidence_set')!.item.copies).toBe(3)
    expect(setOpposingParties(store, 'case-1', 0, SEPT_20)!.opposingParties).toBe(1)
  })

  test('a corrupt checklist record is quarantined and the checklist starts over instead of failing', () => {
    const store = setup()
    store.set(evidenceKey('case-1'), { version: 1, items: { loan_agreement: { status: 'maybe' } } })
    expect(loadChecklist(store, 'case-1', SEPT_20)!.progress.ready).toBe(0)
    expect(readQuarantine(store).map((q) => q.from)).toContain(evidenceKey('case-1'))
  })

  test('"not sure" of the procedure with a payment order in hand is treated as a payment order, as on the timeline', () => {
    const store = createMemoryStore()
    saveCase(store, makeCase(3, { procedure: 'unsure', documents: ['payment_order'], facts: { servedOn: '2026-09-16', serviceMethod: 'mail' } }), SEPT_20)
    const view = loadChecklist(store, 'case-3', SEPT_20)!
    expect(view).toMatchObject({ procedure: 'payment_order', stage: 'before_answer' })
    const codes = view.rows.map((r) => r.item.code)
    expect(codes).toContain('payment_order_papers')
    expect(codes).not.toContain('hearing_summons')
  })

  test('a missing case has no checklist', () => {
    expect(loadChecklist(setup(), 'nope', SEPT_20)).toBeNull()
  })
})

describe('preparedEvidenceList (for the answer form\'s 证据清单)', () => {
  test('the evidence marked 已准备, in checklist order, with its purpose and copies for the court and each opposing party', () => {
    const store = setup()
    let view = loadChecklist(store, 'case-1', SEPT_20)!
    for (const code of ['repayment_receipts', 'loan_agreement', 'identity_proof', 'hearing_id_original', 'court_papers'] as const) view = setItemStatus(store, view, code, 'ready', SEPT_20)
    setOpposingParties(store, 'case-1', 2, SEPT_20)
    expect(preparedEvidenceList(store, 'case-1', SEPT_20)).toEqual([
      { name: '借款合同（电子协议）', purpose: '证明借款合同约定的借款金额、利率和各项费用。', copies: 3 },
      { name: '部分还款的凭证', purpose: '证明答辩人已经还款的金额和时间。', copies: 3 },
    ])
  })

  test('nothing prepared, or no such case: an empty list', () => {
    expect(preparedEvidenceList(setup(), 'case-1', SEPT_20)).toEqual([])
    expect(preparedEvidenceList(setup(), 'nope', SEPT_20)).toEqual([])
  })

  test('a progress summary that cannot be read is quarantined, not trusted', () => {
    const store = setup()
    store.set(PREP_PROGRESS_KEY, { version: 1, cases: 'x' })
    expect(readPrepProgress(store, SEPT_20)).toEqual({})
    expect(readQuarantine(store).map((q) => q.from)).toContain(PREP_PROGRESS_KEY)
  })

  test('saved state for items the checklist does not show is kept on save', () => {
    const store = setup()
    saveEvidence(store, 'case-1', { items: { some_future_item: { status: 'ready', note: 'x', photos: [] } } })
    setItemStatus(store, loadChecklist(store, 'case-1', SEPT_20)!, 'loan_agreement', 'ready', SEPT_20)
    expect(Object.keys(loadEvidence(store, 'case-1', SEPT_20).items).sort()).toEqual(['loan_agreement', 'some_future_item'])
  })
})
