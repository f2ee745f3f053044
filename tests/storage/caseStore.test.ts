import { createMemoryStore } from '@/storage/memoryStore'
import { deleteCase, loadCases, saveCase } from '@/storage/caseStore'
import { casesKey, QUARANTINE_KEY } from '@/storage/caseRecord'
import { readQuarantine } from '@/storage/quarantine'
import { taroStore } from '@/adapters/storage'
import { makeCase, NOW_MS } from './fixtures'

describe('case storage', () => {
  test('an empty store loads no cases and nothing quarantined', () => {
    expect(loadCases(createMemoryStore(), NOW_MS)).toEqual({ cases: [], quarantined: 0 })
  })

  test('200 cases round-trip through the versioned envelope unchanged', () => {
    const store = createMemoryStore()
    const cases = Array.from({ length: 200 }, (_, i) => makeCase(i))
    for (const c of cases) saveCase(store, c, NOW_MS)
    const loaded = loadCases(store, NOW_MS)
    expect(loaded.quarantined).toBe(0)
    expect(loaded.cases).toEqual(cases)
    expect((store.get(casesKey(2)) as { version: number }).version).toBe(2)
  })

  test('200 cases round-trip through Taro storage (localStorage on H5)', () => {
    const cases = Array.from({ length: 200 }, (_, i) => makeCase(i))
    for (const c of cases) saveCase(taroStore, c, NOW_MS)
    expect(loadCases(taroStore, NOW_MS).cases).toEqual(cases)
  })

  test('saving a case with an existing id replaces it instead of adding a second one', () => {
    const store = createMemoryStore()
    saveCase(store, makeCase(1), NOW_MS)
    saveCase(store, makeCase(1, { court: '北京互联网法院' }), NOW_MS)
    const { cases } = loadCases(store, NOW_MS)
    expect(cases).toHaveLength(1)
    expect(cases[0].court).toBe('北京互联网法院')
  })

  test('deleting a case removes only that case', () => {
    const store = createMemoryStore()
    for (const i of [1, 2, 3]) saveCase(store, makeCase(i), NOW_MS)
    deleteCase(store, 'case-2', NOW_MS)
    expect(loadCases(store, NOW_MS).cases.map((c) => c.id)).toEqual(['case-1', 'case-3'])
  })

  test('a record with the wrong shape is moved to quarantine, reported, and the rest still load', () => {
    const broken = { ...makeCase(2), lender: 'ant' }
    const store = createMemoryStore({ [casesKey(2)]: { version: 2, cases: [makeCase(1), broken, makeCase(3)] } })
    const loaded = loadCases(store, NOW_MS)
    expect(loaded.cases.map((c) => c.id)).toEqual(['case-1', 'case-3'])
    expect(loaded.quarantined).toBe(1)
    const [entry] = readQuarantine(store)
    expect(entry.raw).toEqual(broken)
    expect(entry.reason).toBe('shape:lender')
    expect(entry.from).toBe(casesKey(2))
    // 写回后再读，不会重复隔离。
    expect(loadCases(store, NOW_MS)).toEqual({ cases: loaded.cases, quarantined: 1 })
  })

  test('a record with a date that does not exist (2026-02-30) is quarantined, not fed to the engine', () => {
    const bad = makeCase(4, { facts: { servedOn: '2026-02-30' } })
    const store = createMemoryStore({ [casesKey(2)]: { version: 2, cases: [bad] } })
    expect(loadCases(store, NOW_MS)).toEqual({ cases: [], quarantined: 1 })
    expect(readQuarantine(store)[0].reason).toBe('facts:servedOn/not_a_real_date')
  })

  test('an envelope that is not an envelope is kept whole in quarantine and the list starts empty', () => {
    const store = createMemoryStore({ [casesKey(2)]: 'garbage' })
    expect(loadCases(store, NOW_MS)).toEqual({ cases: [], quarantined: 1 })
    expect(readQuarantine(store)[0]).toEqual({ at: NOW_MS, from: casesKey(2), reason: 'envelope', raw: 'garbage' })
  })

  test('a corrupted quarantine list is itself kept rather than overwritten', () => {
    const store = createMemoryStore({ [QUARANTINE_KEY]: 42, [casesKey(2)]: { version: 2, cases: [{ id: 1 }] } })
    expect(loadCases(store, NOW_MS).quarantined).toBe(2)
    expect(readQuarantine(store)[0].raw).toBe(42)
  })

  test('saving an invalid record is a programmer error and throws', () => {
    expect(() => saveCase(createMemoryStore(), makeCase(1, { id: '' }), NOW_MS)).toThrow(TypeError)
  })
})
