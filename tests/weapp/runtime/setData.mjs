/**
 * Page.setData as WeChat implements it: each key is a data path ('root.cn[0].v', or Taro's
 * 'root.cn.[0].v'); the value is copied the way it crosses to the render layer (JSON: functions and
 * undefined fields vanish); missing objects and arrays along the path are created.
 */

/** WeChat refuses a single setData larger than this ("数据传输长度超过 1024KB"). */
export const SET_DATA_HARD_LIMIT = 1024 * 1024
/** The audit panel's limit for one setData (wechat-platform.md §2.10). */
export const SET_DATA_AUDIT_LIMIT = 256 * 1024

/** 'root.cn.[0].cn[2].v' → ['root', 'cn', 0, 'cn', 2, 'v'] */
export function parseDataPath(path) {
  const parts = []
  for (const token of path.match(/[^.[\]]+|\[\d+\]/g) ?? []) {
    parts.push(token.startsWith('[') ? Number(token.slice(1, -1)) : token)
  }
  return parts
}

const copy = (value) => (value === undefined ? undefined : JSON.parse(JSON.stringify(value)))

/** Applies one setData payload to `data` in place; returns the payload's size in bytes. */
export function applySetData(data, payload) {
  const text = JSON.stringify(payload) ?? ''
  for (const [path, raw] of Object.entries(payload)) {
    const parts = parseDataPath(path)
    if (parts.length === 0) continue
    let target = data
    for (let i = 0; i < parts.length - 1; i++) {
      const key = parts[i]
      if (target[key] === null || typeof target[key] !== 'object') target[key] = typeof parts[i + 1] === 'number' ? [] : {}
      target = target[key]
    }
    const value = copy(raw)
    if (value === undefined) delete target[parts[parts.length - 1]]
    else target[parts[parts.length - 1]] = value
  }
  return Buffer.byteLength(text)
}
