import { weekday } from '@/domain/calendar/plainDate'

const WEEKDAYS = ['', '周一', '周二', '周三', '周四', '周五', '周六', '周日']

/** '2026-10-08' → '10月8日'（时间线里一行话用）。 */
export function monthDay(date: string): string {
  return `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`
}

/** '2026-10-08' → '2026年10月8日（周四）'。 */
export function fullDate(date: string): string {
  return `${date.slice(0, 4)}年${monthDay(date)}（${WEEKDAYS[weekday(date)]}）`
}

/** 距离期限的天数 → 今天 / 明天 / 还剩 N 天 / 已过期 N 天。 */
export function daysLeftText(days: number): string {
  if (days === 0) return '今天'
  if (days === 1) return '明天'
  return days > 1 ? `还剩 ${days} 天` : `已过期 ${-days} 天`
}

/**
 * 文字里的日期（'2026年10月8日（周四）'、'10月1日'，可带 ' 09:30'）。在窄屏上日期不能从中间断行
 * （「（周」/「三）」），页面用 splitDates 把它们单独包起来，样式里不许断行。
 */
const DATE_IN_TEXT = /(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:（周[一二三四五六日]）)?(?: \d{2}:\d{2})?/g

/** 把一段文字切成普通文字和日期两种片段（顺序不变，拼起来就是原文）。 */
export function splitDates(text: string): { text: string; isDate: boolean }[] {
  const parts: { text: string; isDate: boolean }[] = []
  let last = 0
  for (const match of text.matchAll(DATE_IN_TEXT)) {
    const at = match.index ?? 0
    if (at > last) parts.push({ text: text.slice(last, at), isDate: false })
    parts.push({ text: match[0], isDate: true })
    last = at + match[0].length
  }
  if (last < text.length) parts.push({ text: text.slice(last), isDate: false })
  return parts
}
