/**
 * Turns a reminder into subscribeMessage `data` for the template the operator picked.
 * PURE (no node imports, no clock): the same input always gives the same output.
 *
 * Date rendering (documented choice): both `time` and `date` keywords get 'YYYY年M月D日',
 * followed by ' HH:mm' when the reminder has a time of day. WeChat accepts a date in a
 * `time` keyword and a 24-hour time in a `date` keyword (wechat-platform.md §2.3), so a
 * hearing time is never dropped just because the template's keyword is a `date`.
 */
import { z } from 'zod'
import {
  formatAmount, formatCharacterString, formatLetter, formatName, formatNumber, formatPhoneNumber,
  formatPhrase, formatSymbol, formatThing, normalizeText,
  type KeywordType, type RuleResult,
} from './keywordRules.ts'

export type { KeywordType } from './keywordRules.ts'
export type ReminderField = 'title' | 'caseLabel' | 'court' | 'eventAt' | 'note' | 'daysLeft'

export interface ReminderValues {
  title: string
  caseLabel?: string
  court?: string
  /** 'YYYY-MM-DD' or 'YYYY-MM-DDTHH:mm', Beijing time. */
  eventAt: string
  note?: string
  daysLeft?: number
}

export interface TemplateMapping {
  templateId: string
  page?: string
  fields: Record<string, { from: ReminderField; type: KeywordType }>
}

export const keywordTypes = [
  'thing', 'time', 'date', 'character_string', 'phrase', 'number',
  'amount', 'name', 'letter', 'symbol', 'phone_number',
] as const satisfies readonly KeywordType[]
export const reminderFields = ['title', 'caseLabel', 'court', 'eventAt', 'note', 'daysLeft'] as const satisfies readonly ReminderField[]

/** Shown instead of a missing optional value: WeChat rejects empty values, and the app has the details. */
export const PLACEHOLDER = '见小程序'

export const templateMappingSchema = z.object({
  templateId: z.string().regex(/^[A-Za-z0-9_-]{1,128}$/, 'templateId 只能含字母、数字、- 和 _'),
  // The send API accepts a query ('pages/case/index?id=1'); a leading '/' is not how app.json names pages.
  page: z.string().regex(/^[^/?\s][^\s]*$/, 'page 不能以 / 开头或含空白').optional(),
  fields: z.record(
    z.string().regex(/^[a-z_]+\d+$/, '关键词名应形如 thing1、time2'),
    z.object({ from: z.enum(reminderFields), type: z.enum(keywordTypes) }),
  ),
}).superRefine((m, ctx) => {
  const entries = Object.entries(m.fields)
  if (entries.length < 1 || entries.length > 5) {
    ctx.addIssue({ code: 'custom', path: ['fields'], message: '模板关键词应为 1 到 5 个' })
  }
  for (const [keyword, f] of entries) {
    if ((f.type === 'time' || f.type === 'date') && f.from !== 'eventAt') {
      ctx.addIssue({ code: 'custom', path: ['fields', keyword], message: `${keyword} 是 ${f.type} 类型，只能来自 eventAt` })
    }
  }
})

const EVENT_AT = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/

/**
 * 'YYYY-MM-DD[THH:mm]' → 'YYYY年M月D日[ HH:mm]', or undefined when it is not a real date.
 * @example formatEventAt('2026-03-09T09:30') // → '2026年3月9日 09:30'
 */
export function formatEventAt(eventAt: string): string | undefined {
  const m = EVENT_AT.exec(eventAt)
  if (!m) return undefined
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const daysInMonth = [31, isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
  if (daysInMonth === undefined || day < 1 || day > daysInMonth) return undefined
  const date = `${year}年${month}月${day}日`
  if (m[4] === undefined) return date
  if (Number(m[4]) > 23 || Number(m[5]) > 59) return undefined
  return `${date} ${m[4]}:${m[5]}`
}

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0
}

const rules: Record<Exclude<KeywordType, 'time' | 'date'>, (raw: string) => RuleResult> = {
  thing: formatThing, phrase: formatPhrase, character_string: formatCharacterString, number: formatNumber,
  amount: formatAmount, name: formatName, letter: formatLetter, symbol: formatSymbol, phone_number: formatPhoneNumber,
}

/** Placeholders that themselves satisfy the keyword type; other types have no honest placeholder. */
const placeholders: Partial<Record<KeywordType, string>> = {
  thing: PLACEHOLDER, phrase: PLACEHOLDER, name: PLACEHOLDER, character_string: '-', symbol: '-',
}

function rawValue(values: ReminderValues, from: ReminderField): string | undefined {
  if (from === 'daysLeft') return values.daysLeft === undefined ? undefined : String(values.daysLeft)
  if (from === 'eventAt') return formatEventAt(values.eventAt)
  const v = values[from]
  return v === undefined || normalizeText(v) === '' ? undefined : v
}

/**
 * Builds `data` for subscribeMessage.send, or names the first keyword that cannot be filled.
 * @example
 * formatTemplateData(
 *   { templateId: 'T', fields: { thing1: { from: 'title', type: 'thing' }, time2: { from: 'eventAt', type: 'time' } } },
 *   { title: '开庭', eventAt: '2026-03-09T09:30' },
 * ) // → { ok: true, data: { thing1: { value: '开庭' }, time2: { value: '2026年3月9日 09:30' } } }
 */
export function formatTemplateData(
  mapping: TemplateMapping,
  values: ReminderValues,
): { ok: true; data: Record<string, { value: string }> } | { ok: false; keyword: string; reason: string } {
  const data: Record<string, { value: string }> = {}
  for (const [keyword, { from, type }] of Object.entries(mapping.fields)) {
    if (from === 'eventAt' && formatEventAt(values.eventAt) === undefined) {
      return { ok: false, keyword, reason: `eventAt 不是有效的日期：「${values.eventAt}」` }
    }
    if (type === 'time' || type === 'date') {
      if (from !== 'eventAt') return { ok: false, keyword, reason: `${type} 关键词只能来自 eventAt` }
      data[keyword] = { value: formatEventAt(values.eventAt)! }
      continue
    }
    const raw = rawValue(values, from)
    if (raw === undefined) {
      const placeholder = placeholders[type]
      if (placeholder === undefined) return { ok: false, keyword, reason: `${from} 缺失，${type} 关键词没有可用的占位值` }
      data[keyword] = { value: placeholder }
      continue
    }
    const result = rules[type](raw)
    if (!result.ok) return { ok: false, keyword, reason: result.reason }
    data[keyword] = { value: result.value }
  }
  return { ok: true, data }
}
