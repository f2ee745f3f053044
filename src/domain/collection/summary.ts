/**
 * 整份催收记录的概况：几条、从哪天到哪天、联系了哪些人、有哪些不该有的行为、夜间几次、同一天最多几次、截图几张。
 * 函和投诉书用它写「自…至…共…次」，页面用它说记下了什么。
 */
import { compareDates } from '../calendar/plainDate'
import { conductCodes, type ConductCode } from './conduct'
import { channels, isNightTime, thirdParties, type Channel, type CollectionEntry, type ThirdParty } from './entry'

export type RecordedEntry = { entry: CollectionEntry; photos: number }

export type CollectionSummary = {
  count: number
  /** Entries with a usable date. */
  dated: number
  firstOn?: string
  lastOn?: string
  channels: Channel[]
  conduct: ConductCode[]
  thirdParties: ThirdParty[]
  /** Contacts between 22:00 and 8:00. */
  nightCount: number
  /** The most entries on one day. */
  busiestDay?: { on: string; count: number }
  photoCount: number
}

const inOrder = <T extends string>(list: readonly T[], present: Set<string>): T[] => list.filter((c) => present.has(c))

/**
 * @example
 * summarizeRecord([{ entry: { on: '2026-09-18', at: '22:30', channel: 'call', from: '', who: '', said: '', conduct: ['threats'], thirdParties: ['family'], thirdPartyNote: '' }, photos: 2 }])
 * // { count: 1, dated: 1, firstOn: '2026-09-18', lastOn: '2026-09-18', channels: ['call'], conduct: ['threats'],
 * //   thirdParties: ['family'], nightCount: 1, busiestDay: { on: '2026-09-18', count: 1 }, photoCount: 2 }
 */
export function summarizeRecord(entries: readonly RecordedEntry[]): CollectionSummary {
  const dates = entries.map((e) => e.entry.on).filter((d): d is string => d !== undefined).sort(compareDates)
  const perDay = new Map<string, number>()
  for (const d of dates) perDay.set(d, (perDay.get(d) ?? 0) + 1)
  let busiestDay: CollectionSummary['busiestDay']
  for (const [on, count] of perDay) if (!busiestDay || count > busiestDay.count) busiestDay = { on, count }
  const all = <K extends 'conduct' | 'thirdParties'>(key: K) => new Set(entries.flatMap((e) => e.entry[key] as readonly string[]))
  return {
    count: entries.length,
    dated: dates.length,
    ...(dates.length > 0 ? { firstOn: dates[0], lastOn: dates[dates.length - 1] } : {}),
    channels: inOrder(channels, new Set(entries.map((e) => e.entry.channel ?? ''))),
    conduct: inOrder(conductCodes, all('conduct')),
    thirdParties: inOrder(thirdParties, all('thirdParties')),
    nightCount: entries.filter((e) => e.entry.at !== undefined && isNightTime(e.entry.at)).length,
    ...(busiestDay ? { busiestDay } : {}),
    photoCount: entries.reduce((n, e) => n + e.photos, 0),
  }
}

/**
 * What a letter or a complaint can name from the record: what the user ticked, plus harassment when a contact
 * came at night (22:00–8:00, [S] as above).
 * @example suggestedConduct({ ...summary, conduct: ['threats'], nightCount: 1 }) // ['threats', 'harassment']
 */
export function suggestedConduct(summary: Pick<CollectionSummary, 'conduct' | 'nightCount'>): ConductCode[] {
  const present = new Set<string>(summary.conduct)
  if (summary.nightCount > 0) present.add('harassment')
  return inOrder(conductCodes, present)
}
