import Taro from '@tarojs/taro'

/** 键值存储：页面与服务只依赖这个接口，测试和基准用内存版。 */
export interface KeyValueStore {
  /** 没有这个键时返回 undefined。 */
  get(key: string): unknown
  set(key: string, value: unknown): void
  remove(key: string): void
}

/** 小程序 / H5 的本地存储（微信 setStorageSync，H5 上是 localStorage）。 */
export const taroStore: KeyValueStore = {
  get(key) {
    // Taro 对不存在的键返回 ''；真正存进去的值都是对象，所以 '' 一律当作“没有”。
    const value: unknown = Taro.getStorageSync(key)
    return value === '' || value === null ? undefined : value
  },
  set(key, value) {
    Taro.setStorageSync(key, value)
  },
  remove(key) {
    Taro.removeStorageSync(key)
  }
}

let current: KeyValueStore = taroStore

/** 应用当前使用的存储。 */
export function appStore(): KeyValueStore {
  return current
}

/** 测试里换成内存存储；传 null 恢复默认。 */
export function setStoreForTests(store: KeyValueStore | null): void {
  current = store ?? taroStore
}
