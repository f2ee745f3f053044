import { createMemoryStore } from '@/storage/memoryStore'
import { documentsKey, loadCaseDocuments, saveCaseDocuments } from '@/storage/documentStore'
import { readQuarantine } from '@/storage/quarantine'
import { deleteDocumentsOfCase, loadDocuments, updateDraft, updateParty } from '@/services/documentDrafts'
import { NOW_MS } from './fixtures'

describe('document drafts on the phone', () => {
  it('saves a draft as the user types and reads it back after a restart', () => {
    const store = createMemoryStore()
    updateDraft(store, 'case-1', 'jurisdiction_objection', (d) => ({ ...d, fields: { ...d.fields, targetCourt: '西湖区人民法院' } }), NOW_MS)
    updateDraft(store, 'case-1', 'jurisdiction_objection', (d) => ({ ...d, choices: { reasons: ['no_real_connection'] } }), NOW_MS + 1)
    const docs = loadCaseDocuments(createMemoryStore({ [documentsKey('case-1')]: store.get(documentsKey('case-1')) }), 'case-1', NOW_MS)
    expect(docs.drafts.jurisdiction_objection).toEqual({ fields: { targetCourt: '西湖区人民法院' }, choices: { reasons: ['no_real_connection'] }, answers: {}, updatedAt: NOW_MS + 1 })
  })

  it('keeps the party details only when the user chooses to, and then only on the phone', () => {
    const store = createMemoryStore()
    updateParty(store, 'case-1', { name: '张三', phone: '13800000000' }, true, NOW_MS)
    expect(JSON.stringify(store.get(documentsKey('case-1')))).toContain('张三')
    updateParty(store, 'case-1', { name: '张三', phone: '13800000000' }, false, NOW_MS)
    expect(JSON.stringify(store.get(documentsKey('case-1')))).not.toContain('张三')
    // Still there for this session, so the document can be finished.
    expect(loadDocuments(store, 'case-1', NOW_MS).party).toEqual({ name: '张三', phone: '13800000000' })
    // A later draft edit does not write them either.
    updateDraft(store, 'case-1', 'answer', (d) => d, NOW_MS)
    expect(JSON.stringify(store.get(documentsKey('case-1')))).not.toContain('张三')
  })

  it('quarantines a record it cannot read instead of crashing, and starts afresh', () => {
    const raw = { version: 1, drafts: { answer: { fields: 42 } }, keepParty: true }
    const store = createMemoryStore({ [documentsKey('case-1')]: raw })
    expect(loadCaseDocuments(store, 'case-1', NOW_MS)).toEqual({ drafts: {}, keepParty: true })
    expect(readQuarantine(store)).toEqual([expect.objectContaining({ from: documentsKey('case-1'), raw })])
  })

  it('refuses a record of an unknown version into quarantine rather than guessing', () => {
    const store = createMemoryStore({ [documentsKey('case-1')]: { version: 9, drafts: {}, keepParty: true } })
    loadCaseDocuments(store, 'case-1', NOW_MS)
    expect(readQuarantine(store)).toHaveLength(1)
  })

  it('deletes every draft and the party details of one case, and only that case', () => {
    const store = createMemoryStore()
    saveCaseDocuments(store, 'case-1', { drafts: {}, keepParty: true, party: { name: '张三' } })
    saveCaseDocuments(store, 'case-2', { drafts: {}, keepParty: true, party: { name: '张三' } })
    updateParty(store, 'case-1', { name: '张三' }, false, NOW_MS)
    deleteDocumentsOfCase(store, 'case-1')
    expect(store.get(documentsKey('case-1'))).toBeUndefined()
    expect(loadDocuments(store, 'case-1', NOW_MS).party).toBeUndefined()
    expect(store.get(documentsKey('case-2'))).toBeDefined()
  })
})
