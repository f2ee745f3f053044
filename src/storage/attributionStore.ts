/**
 * 来源归因：用户是从哪篇文章的小程序码（scene）或链接进来的。只存在手机上，
 * 新建案件时写进案件记录；最多保留最近 20 次，够用且不会无限增长。
 */
import * as z from 'zod/mini'
import type { KeyValueStore } from '@/adapters/storage'

export const ATTRIBUTION_KEY = 'yingsu:attribution:v1'
const MAX_ENTRIES = 20

const entrySchema = z.object({ source: z.string(), lender: z.optional(z.string()), at: z.number() })
export type AttributionEntry = z.infer<typeof entrySchema>

export function readAttributions(store: KeyValueStore): AttributionEntry[] {
  const parsed = z.array(entrySchema).safeParse(store.get(ATTRIBUTION_KEY))
  // 归因只是统计用途：坏了就从头记，不值得打扰用户。
  return parsed.success ? parsed.data : []
}

/** 同一个入口在这段时间内重复触发（页面重新加载、重复扫码）只记一次。 */
const REPEAT_WINDOW_MS = 30 * 60_000

export function recordAttribution(store: KeyValueStore, entry: AttributionEntry): void {
  const entries = readAttributions(store)
  const last = entries[entries.length - 1]
  if (last && last.source === entry.source && last.lender === entry.lender && entry.at - last.at < REPEAT_WINDOW_MS) return
  store.set(ATTRIBUTION_KEY, [...entries, entry].slice(-MAX_ENTRIES))
}
