import { createMemoryStore } from '@/storage/memoryStore'
import { clearDraft, DRAFT_KEY, loadDraft, saveDraft } from '@/storage/draftStore'
import { readQuarantine } from '@/storage/quarantine'
import { emptyIntakeForm } from '@/services/intakeForm'
import { NOW_MS } from './fixtures'

describe('the intake draft', () => {
  test('a saved draft comes back exactly, including text that would not validate', () => {
    const store = createMemoryStore()
    const draft = { editingId: null, step: 1, form: { ...emptyIntakeForm(), servedOn: '2026-02-30', documents: ['complaint'] } }
    saveDraft(store, draft)
    expect(loadDraft(store, NOW_MS)).toEqual(draft)
  })

  test('no draft loads as null and clearing removes it', () => {
    const store = createMemoryStore()
    expect(loadDraft(store, NOW_MS)).toBeNull()
    saveDraft(store, { editingId: 'x', step: 0, form: emptyIntakeForm() })
    clearDraft(store)
    expect(loadDraft(store, NOW_MS)).toBeNull()
  })

  test('a broken draft is quarantined instead of blocking the form', () => {
    const store = createMemoryStore({ [DRAFT_KEY]: { version: 1, step: 9 } })
    expect(loadDraft(store, NOW_MS)).toBeNull()
    expect(readQuarantine(store)[0].from).toBe(DRAFT_KEY)
    expect(store.get(DRAFT_KEY)).toBeUndefined()
  })
})
