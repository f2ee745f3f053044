import { createMemoryStore } from '@/storage/memoryStore'
import { ATTRIBUTION_KEY, readAttributions, recordAttribution } from '@/storage/attributionStore'
import { NOW_MS } from './fixtures'

describe('entry attribution', () => {
  test('records each new source with its lender and time', () => {
    const store = createMemoryStore()
    recordAttribution(store, { source: 'art0308', lender: 'alipay', at: NOW_MS })
    recordAttribution(store, { source: 'art0401', at: NOW_MS + 1 })
    expect(readAttributions(store)).toEqual([{ source: 'art0308', lender: 'alipay', at: NOW_MS }, { source: 'art0401', at: NOW_MS + 1 }])
  })

  test('the same entry firing again within half an hour is recorded once, later it counts again', () => {
    const store = createMemoryStore()
    recordAttribution(store, { source: 'art0308', at: NOW_MS })
    recordAttribution(store, { source: 'art0308', at: NOW_MS + 60_000 })
    recordAttribution(store, { source: 'art0308', at: NOW_MS + 31 * 60_000 })
    expect(readAttributions(store).map((e) => e.at)).toEqual([NOW_MS, NOW_MS + 31 * 60_000])
  })

  test('keeps only the latest 20 entries', () => {
    const store = createMemoryStore()
    for (let i = 0; i < 25; i++) recordAttribution(store, { source: `a${i}`, at: NOW_MS + i })
    const entries = readAttributions(store)
    expect(entries).toHaveLength(20)
    expect(entries[0].source).toBe('a5')
  })

  test('a corrupt attribution list starts over instead of failing', () => {
    const store = createMemoryStore({ [ATTRIBUTION_KEY]: 'x' })
    expect(readAttributions(store)).toEqual([])
  })
})
