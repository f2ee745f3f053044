/**
 * The plug between the claim check (17a) and the documents (17b), through the real services: limitation answers
 * saved in the claim check reach the answer's 有无其他免责/减责事由 item and the warning before a promise to pay
 * (民法典第一百九十二条第二款; 诉讼时效规定第三条、第十九条). No mocks: the store holds what the pages would save.
 */
import { createMemoryStore } from '@/storage/memoryStore'
import { saveCase } from '@/storage/caseStore'
import { saveClaimCheckForm } from '@/storage/claimCheckStore'
import { emptyClaimCheckForm } from '@/services/claimCheckForm'
import { emptyLimitationForm } from '@/services/limitationForm'
import { documentText, openDocument } from '@/services/documents'
import { makeCase } from '../storage/fixtures'

const DEC_6 = Date.UTC(2026, 11 /* Dec */, 6, 2, 0)
const TODAY = '2026-12-06'
/** A card debt sued in 2026 (案号 year), served 2026-11-28. */
const card = makeCase(1, { procedure: 'simple', documents: ['complaint'], caseNumber: '（2026）京0105民初12345号', lender: { key: 'card', name: '某银行信用卡中心' }, facts: { servedOn: '2026-11-28', serviceMethod: 'mail' }, claim: { principal: 2_000_000 } })

function storeWith(lastDueOn: string, demand: { choice: 'none' | 'date'; on: string }) {
  const store = createMemoryStore()
  saveCase(store, card, DEC_6)
  saveClaimCheckForm(store, 'case-1', { ...emptyClaimCheckForm(), limitation: { ...emptyLimitationForm(), lastDueOn, lastDemand: demand } })
  return store
}

describe('limitation answers in the documents', () => {
  test('last statement due four years before, no demand: the answer raises the limitation defence, and an instalment letter warns first', () => {
    const store = storeWith('2022-09-05', { choice: 'none', on: '' })
    const answer = openDocument(store, 'case-1', 'answer', DEC_6, TODAY)!
    expect(documentText(answer.rendered)).toContain('答辩人提出诉讼时效抗辩')
    const letter = openDocument(store, 'case-1', 'installment_letter', DEC_6, TODAY)!
    expect(letter.guidance.limitation.status).toBe('may_have_run')
    expect(letter.guidance.promiseWarning).not.toBeNull()
  })

  test('a collection SMS that reached the user in 2024 restarted the three years: no defence in the answer, no warning', () => {
    const store = storeWith('2022-09-05', { choice: 'date', on: '2024-06-03' })
    expect(documentText(openDocument(store, 'case-1', 'answer', DEC_6, TODAY)!.rendered)).not.toContain('诉讼时效抗辩')
    expect(openDocument(store, 'case-1', 'installment_letter', DEC_6, TODAY)!.guidance.promiseWarning).toBeNull()
  })
})
