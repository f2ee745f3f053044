/**
 * The collection record on the phone (version 1, one key per case): entries come back exactly as typed; a record that
 * does not read is set aside whole, a single bad entry is set aside alone and the others stay; deleting removes the key.
 */
import { createMemoryStore } from '@/storage/memoryStore'
import { collectionKey, deleteCollection, loadCollection, saveCollection, type StoredEntry } from '@/storage/collectionStore'
import { readQuarantine } from '@/storage/quarantine'
import { NOW_MS } from './fixtures'

const entry = (id: string, patch: Partial<StoredEntry> = {}): StoredEntry => ({
  id, on: '2026-09-18', at: '21：40', channel: 'call', from: '0571-88886666', who: '自称律师', said: '说要上门', conduct: ['threats'],
  thirdParties: ['family'], thirdPartyNote: '', photos: [{ id: 'c1', file: 'c1.jpg', bytes: 1234, addedAt: NOW_MS }], createdAt: NOW_MS, updatedAt: NOW_MS, ...patch,
})

describe('collectionStore', () => {
  test('entries come back exactly as saved, wrong dates and codes included, under a versioned key', () => {
    const store = createMemoryStore()
    const record = { entries: [entry('e1'), entry('e2', { on: '2026-02-30', conduct: ['future_code'] })] }
    saveCollection(store, 'case-1', record)
    expect(loadCollection(store, 'case-1', NOW_MS)).toEqual(record)
    expect(store.get(collectionKey('case-1'))).toMatchObject({ version: 1 })
    expect(collectionKey('case-1')).toBe('yingsu:collection:v1:case-1')
  })

  test('nothing saved reads as an empty record', () => {
    expect(loadCollection(createMemoryStore(), 'case-1', NOW_MS)).toEqual({ entries: [] })
  })

  test('a record that does not read is set aside whole, with its raw value, and the page starts fresh', () => {
    const raw = { version: 2, entries: 'lots' }
    const store = createMemoryStore({ [collectionKey('case-1')]: raw })
    expect(loadCollection(store, 'case-1', NOW_MS)).toEqual({ entries: [] })
    expect(readQuarantine(store).map((q) => [q.from, q.raw])).toEqual([[collectionKey('case-1'), raw]])
    expect(store.get(collectionKey('case-1'))).toBeUndefined()
  })

  test('one entry that does not read is set aside alone; the others stay and the record is rewritten without it', () => {
    const bad = { ...entry('e2'), photos: 'none' }
    const store = createMemoryStore({ [collectionKey('case-1')]: { version: 1, entries: [entry('e1'), bad, entry('e3')] } })
    expect(loadCollection(store, 'case-1', NOW_MS).entries.map((e) => e.id)).toEqual(['e1', 'e3'])
    expect(readQuarantine(store).map((q) => [q.reason, q.raw])).toEqual([['collection_entry_shape', bad]])
    // Read again: the bad entry is not quarantined twice.
    loadCollection(store, 'case-1', NOW_MS)
    expect(readQuarantine(store)).toHaveLength(1)
  })

  test('deleting removes the case\'s key and only that one', () => {
    const store = createMemoryStore()
    saveCollection(store, 'case-1', { entries: [entry('e1')] })
    saveCollection(store, 'case-2', { entries: [entry('e1')] })
    deleteCollection(store, 'case-1')
    expect(store.keys()).toEqual([collectionKey('case-2')])
  })
})
