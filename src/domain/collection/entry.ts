/**
 * 催收记录的一条：什么时候、从哪个号码或账号、对方自称是谁、说了什么、还联系了谁、有什么不该有的行为。
 * 存的是用户敲的原文（storage/collectionStore.ts），这里把原文读成能用的值：日期要真实、不能晚于今天，时间是
 * 24 小时制；读不了的给出 { field, code }，页面在那一项下面提示，原文保留。
 */
import { compareDates, isValidPlainDate } from '../calendar/plainDate'
import { cleanText } from '../documents/format'
import { conductCodes, type ConductCode } from './conduct'

export const channels = ['call', 'sms', 'wechat', 'app', 'visit', 'letter', 'other'] as const
export type Channel = (typeof channels)[number]

/** Who else was contacted: the people a collector has no business calling. */
export const thirdParties = ['family', 'employer', 'colleagues', 'friends', 'contacts', 'other'] as const
export type ThirdParty = (typeof thirdParties)[number]

/** The entry as typed (strings as the user left them; codes as chosen). */
export type EntryDraft = {
  on: string
  at: string
  channel: string
  from: string
  who: string
  said: string
  conduct: readonly string[]
  thirdParties: readonly string[]
  thirdPartyNote: string
}

export type CollectionEntry = {
  on?: string
  /** 'HH:mm', 24-hour. */
  at?: string
  channel?: Channel
  from: string
  who: string
  said: string
  conduct: ConductCode[]
  thirdParties: ThirdParty[]
  thirdPartyNote: string
}

export const entryIssueCodes = ['date_required', 'invalid_date', 'date_in_future', 'invalid_time'] as const
export type EntryIssueCode = (typeof entryIssueCodes)[number]
export type EntryIssue = { field: 'on' | 'at'; code: EntryIssueCode }

const TIME = /^(\d{1,2})[:：](\d{2})$/

/** '9:5' is not a time; '9:05' and '21：40' are. */
function readTime(raw: string): string | null {
  const m = TIME.exec(raw.trim())
  if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) return null
  return `${m[1].padStart(2, '0')}:${m[2]}`
}

const known = <T extends string>(list: readonly T[], values: readonly string[]): T[] => list.filter((c) => values.includes(c))

/**
 * Reads an entry as typed. The date is required (a record without a date proves little), must be a real date and
 * not after today; the time is optional.
 * @example
 * readEntry({ on: '2026-09-18', at: '21:40', channel: 'call', from: '95xxx', who: '', said: '', conduct: ['threats'], thirdParties: [], thirdPartyNote: '' }, '2026-09-20')
 * // { entry: { on: '2026-09-18', at: '21:40', channel: 'call', from: '95xxx', who: '', said: '', conduct: ['threats'], thirdParties: [], thirdPartyNote: '' }, issues: [] }
 */
export function readEntry(draft: EntryDraft, today: string): { entry: CollectionEntry; issues: EntryIssue[] } {
  const issues: EntryIssue[] = []
  const entry: CollectionEntry = {
    from: cleanText(draft.from), who: cleanText(draft.who), said: cleanText(draft.said), thirdPartyNote: cleanText(draft.thirdPartyNote),
    conduct: known(conductCodes, draft.conduct), thirdParties: known(thirdParties, draft.thirdParties),
  }
  const on = draft.on.trim()
  if (on === '') issues.push({ field: 'on', code: 'date_required' })
  else if (!isValidPlainDate(on)) issues.push({ field: 'on', code: 'invalid_date' })
  else if (compareDates(on, today) > 0) issues.push({ field: 'on', code: 'date_in_future' })
  else entry.on = on
  if (draft.at.trim() !== '') {
    const at = readTime(draft.at)
    if (at) entry.at = at
    else issues.push({ field: 'at', code: 'invalid_time' })
  }
  const channel = (channels as readonly string[]).includes(draft.channel) ? (draft.channel as Channel) : undefined
  if (channel) entry.channel = channel
  // A contact with someone else is a third-party contact, whether or not the box was ticked.
  if (entry.thirdParties.length > 0 && !entry.conduct.includes('third_party_contact')) entry.conduct = known(conductCodes, [...entry.conduct, 'third_party_contact'])
  return { entry, issues }
}

/** Nothing typed and nothing chosen: an entry the user opened and left. */
export function isBlankDraft(draft: EntryDraft): boolean {
  return [draft.on, draft.at, draft.from, draft.who, draft.said, draft.thirdPartyNote].every((t) => t.trim() === '')
    && draft.conduct.length === 0 && draft.thirdParties.length === 0 && draft.channel === ''
}

/**
 * A contact between 22:00 and 8:00 (中国银行业协会《金融机构个人消费类贷款催收工作指引（试行）》, [S]: no collection in
 * those hours without the debtor's consent).
 * @example isNightTime('22:00') // true
 * @example isNightTime('08:00') // false
 */
export function isNightTime(at: string): boolean {
  const hour = Number(at.slice(0, 2))
  return hour >= 22 || hour < 8
}
