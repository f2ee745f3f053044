/**
 * 入口参数：文章里的小程序码带 scene（最多 32 个字符，如 's=art0308&l=alipay'），
 * 普通链接带同样的查询参数 ?s=…&l=…。解析是纯函数；认不出的入口返回 null，照常启动。
 */
import type { KeyValueStore } from '@/adapters/storage'
import { recordAttribution } from '@/storage/attributionStore'
import { lenderKeys, type LenderKey } from '@/storage/caseRecord'

export type Entry = { source?: string; lender?: LenderKey }

/** 微信对 scene 的限制：最多 32 个可见字符。 */
const MAX_SCENE_LENGTH = 32
const SOURCE_SHAPE = /^[A-Za-z0-9_-]{1,16}$/
/** 'other' 不是一个具体的原告，不能由外部链接预选。 */
const SELECTABLE = lenderKeys.filter((key) => key !== 'other') as readonly string[]

function decode(text: string): string | null {
  try {
    return decodeURIComponent(text)
  } catch {
    return null // 例如 '%E4%B8' 这样截断的编码
  }
}

function fromPairs(pairs: Record<string, string | undefined>): Entry | null {
  const entry: Entry = {}
  if (pairs.s !== undefined && SOURCE_SHAPE.test(pairs.s)) entry.source = pairs.s
  if (pairs.l !== undefined && SELECTABLE.includes(pairs.l)) entry.lender = pairs.l as LenderKey
  return entry.source || entry.lender ? entry : null
}

/** 'a=1&b=2' → {a:'1', b:'2'}；没有 '=' 的片段忽略。 */
function splitQuery(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const part of text.split('&')) {
    const at = part.indexOf('=')
    if (at > 0) out[part.slice(0, at)] = part.slice(at + 1)
  }
  return out
}

/**
 * 从页面参数（或 getLaunchOptionsSync().query）读出入口。
 * @example parseEntry({ scene: 's%3Dart0308%26l%3Dalipay' }) // { source: 'art0308', lender: 'alipay' }
 */
export function parseEntry(params: Record<string, string | undefined>): Entry | null {
  if (params.scene !== undefined && params.scene !== '') {
    const scene = decode(params.scene)
    if (scene !== null && scene.length <= MAX_SCENE_LENGTH) {
      const entry = fromPairs(splitQuery(scene))
      if (entry) return entry
    }
  }
  return fromPairs({ s: params.s, l: params.l })
}

/** 把入口转成打开表单页的查询参数（表单页用 parseEntry 读回来）。 */
export function entryParams(entry: Entry): Record<string, string> {
  return { ...(entry.source ? { s: entry.source } : {}), ...(entry.lender ? { l: entry.lender } : {}) }
}

/** 从入口进来：记下来源（归因），只存在手机上。 */
export function noteEntry(store: KeyValueStore, entry: Entry, nowMs: number): void {
  if (entry.source) recordAttribution(store, { source: entry.source, ...(entry.lender ? { lender: entry.lender } : {}), at: nowMs })
}
