import type { KeyValueStore } from '@/adapters/storage'

/**
 * 内存里的键值存储（基准测试、存储测试用）。按 JSON 往返保存，
 * 这样和真机一样：存进去的是副本，读出来的对象改了也不影响存储。
 */
export function createMemoryStore(initial: Record<string, unknown> = {}): KeyValueStore & { keys(): string[] } {
  const data = new Map<string, string>()
  for (const [key, value] of Object.entries(initial)) data.set(key, JSON.stringify(value))
  return {
    get: (key) => {
      const text = data.get(key)
      return text === undefined ? undefined : JSON.parse(text)
    },
    set: (key, value) => { data.set(key, JSON.stringify(value)) },
    remove: (key) => { data.delete(key) },
    keys: () => [...data.keys()]
  }
}
