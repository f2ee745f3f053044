import { createMemoryStore } from '@/storage/memoryStore'
import { claimCheckKey, loadClaimCheckForm, saveClaimCheckForm } from '@/storage/claimCheckStore'
import { evidenceKey, loadEvidence, saveEvidence } from '@/storage/evidenceStore'
import { readQuarantine } from '@/storage/quarantine'
import { emptyClaimCheckForm } from '@/services/claimCheckForm'
import { NOW_MS } from './fixtures'

describe('the per-case stores of the prepare pages', () => {
  test('the checklist state and the claim-check input come back exactly as saved, wrong text included', () => {
    const store = createMemoryStore()
    const state = { opposingParties: 2, items: { loan_agreement: { status: 'ready' as const, note: '第 3 页', photos: [{ id: 'p1', file: 'p1.jpg', bytes: 10, addedAt: 1 }] } } }
    saveEvidence(store, 'c1', state)
    expect(loadEvidence(store, 'c1', NOW_MS)).toEqual(state)
    const form = { ...emptyClaimCheckForm(), receivedAmount: '九千五', repayments: [{ on: '2025-02-30', amount: '1,000' }] }
    saveClaimCheckForm(store, 'c1', form)
    expect(loadClaimCheckForm(store, 'c1', NOW_MS)).toEqual(form)
  })

  test('records that do not read are quarantined with their raw value and the pages start fresh', () => {
    const store = createMemoryStore({ [evidenceKey('c1')]: { version: 2, items: {} }, [claimCheckKey('c1')]: { version: 1, form: { receivedAmount: 5 } } })
    expect(loadEvidence(store, 'c1', NOW_MS)).toEqual({ items: {} })
    expect(loadClaimCheckForm(store, 'c1', NOW_MS)).toBeNull()
    expect(readQuarantine(store).map((q) => [q.from, q.raw])).toEqual([
      [evidenceKey('c1'), { version: 2, items: {} }],
      [claimCheckKey('c1'), { version: 1, form: { receivedAmount: 5 } }],
    ])
  })

  test('nothing saved: an empty checklist state and no claim-check input', () => {
    const store = createMemoryStore()
    expect(loadEvidence(store, 'c1', NOW_MS)).toEqual({ items: {} })
    expect(loadClaimCheckForm(store, 'c1', NOW_MS)).toBeNull()
  })
})
