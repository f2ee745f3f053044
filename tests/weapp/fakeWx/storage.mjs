/**
 * Local storage as WeChat keeps it: per mini-program, surviving page changes and restarts (pass the
 * same `entries` Map to the next boot), values copied on the way in and out, 1 MB per key and 10 MB
 * in all. A missing key reads as '' (not undefined), which is what taroStore relies on.
 */
import { wxFail } from './apiKit.mjs'

const KEY_LIMIT = 1024 * 1024
const TOTAL_LIMIT = 10 * 1024 * 1024

export function createStorage(kit, entries = new Map()) {
  const size = (value) => Buffer.byteLength(JSON.stringify(value) ?? '')
  const used = () => [...entries.values()].reduce((sum, text) => sum + Buffer.byteLength(text), 0)
  function put(name, key, data) {
    if (typeof key !== 'string' || key === '') throw wxFail(name, 'parameter error: key should be a non-empty string')
    const text = JSON.stringify(data === undefined ? null : data)
    if (size(data) > KEY_LIMIT) throw wxFail(name, 'exceed max size 1MB for a single key')
    if (used() - Buffer.byteLength(entries.get(key) ?? '') + Buffer.byteLength(text) > TOTAL_LIMIT) throw wxFail(name, 'exceed storage max size 10MB')
    entries.set(key, text)
  }
  const read = (key) => (entries.has(key) ? JSON.parse(entries.get(key)) : '')
  const syncThrow = (fn) => (...args) => {
    try { return fn(...args) } catch (e) { throw new Error(e.errMsg ?? String(e)) }
  }
  return {
    entries,
    apis: {
      setStorageSync: kit.syncApi('setStorageSync', syncThrow((key, data) => { put('setStorageSync', key, data) }), { record: false }),
      getStorageSync: kit.syncApi('getStorageSync', (key) => read(key), { record: false }),
      removeStorageSync: kit.syncApi('removeStorageSync', (key) => { entries.delete(key) }, { record: false }),
      clearStorageSync: kit.syncApi('clearStorageSync', () => { entries.clear() }),
      getStorageInfoSync: kit.syncApi('getStorageInfoSync', () => ({ keys: [...entries.keys()], currentSize: Math.ceil(used() / 1024), limitSize: TOTAL_LIMIT / 1024 }), { record: false }),
      setStorage: kit.asyncApi('setStorage', ({ key, data }) => { put('setStorage', key, data) }),
      getStorage: kit.asyncApi('getStorage', ({ key }) => {
        if (!entries.has(key)) throw wxFail('getStorage', 'data not found')
        return { data: read(key) }
      }),
      removeStorage: kit.asyncApi('removeStorage', ({ key }) => { entries.delete(key) }),
      clearStorage: kit.asyncApi('clearStorage', () => { entries.clear() }),
      getStorageInfo: kit.asyncApi('getStorageInfo', () => ({ keys: [...entries.keys()], currentSize: Math.ceil(used() / 1024), limitSize: TOTAL_LIMIT / 1024 }))
    }
  }
}
