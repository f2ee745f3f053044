/**
 * 手机日历兜底（纯函数）：不需要订阅额度，用户点一下就加。
 * 事件：开庭 = 开庭时刻（1 小时）；其他期限 = 建议最晚日 09:00（1 小时）。
 * 提醒时刻与微信提醒相同（planCaseReminders），.ics 里每条提醒一个 VALARM，UID 就是提醒键（RFC 9074）。
 */
import type { Deadline } from '@/domain/deadlines'
import type { ReminderKind } from '@/domain/reminders/reminderSchemas'
import { zhCNReminders, type ReminderMessages } from '@/i18n/reminders'
import { HOUR, beijingDateTime, beijingInstant, endOfBeijingDay } from './beijingTime'
import { planCaseReminders, type CaseLabels } from './reminderPlan'

export interface CalendarEvent {
  /** `<caseId>:<kind>`，提醒键去掉偏移 */
  uid: string
  kind: ReminderKind
  title: string
  description: string
  startMs: number
  endMs: number
  /** 未来的提醒：键与时刻 */
  alarms: { key: string; atMs: number }[]
}

/** 尚未结束的期限对应的日历事件，按开始时间排序。 */
export function calendarEvents(
  caseId: string, deadlines: readonly Deadline[], labels: CaseLabels, nowMs: number,
  messages: ReminderMessages = zhCNReminders,
): CalendarEvent[] {
  const plan = planCaseReminders(caseId, deadlines, labels, nowMs, messages)
  const events = new Map<string, CalendarEvent>()
  for (const d of deadlines) {
    const uid = `${caseId}:${d.kind}`
    const hearing = d.kind === 'hearing' && d.at !== undefined
    const startMs = hearing ? beijingDateTime(d.at as string) : beijingInstant(d.actBy, 9, 0)
    const eventEnd = hearing ? startMs : endOfBeijingDay(d.due)
    if (eventEnd <= nowMs || events.has(uid)) continue
    events.set(uid, {
      uid,
      kind: d.kind,
      title: messages.calendarTitle(d.kind, labels.caseLabel?.trim() || undefined),
      description: messages.calendarDescription(d.kind, hearing ? (d.at as string) : d.due, d.basis),
      startMs,
      endMs: startMs + HOUR,
      alarms: plan.filter((p) => p.key.startsWith(`${uid}:`)).map((p) => ({ key: p.key, atMs: p.fireAt })).sort((a, b) => a.atMs - b.atMs),
    })
  }
  return [...events.values()].sort((a, b) => a.startMs - b.startMs)
}

/** wx.addPhoneCalendar 的参数（秒）。alarmOffset = 开始前多少秒提醒，取最早的未来提醒。 */
export interface PhoneCalendarEntry {
  title: string
  startTime: number
  endTime: number
  description: string
  alarmOffset: number
}

export function phoneCalendarEntry(e: CalendarEvent): PhoneCalendarEntry {
  const first = e.alarms[0]?.atMs ?? e.startMs
  return {
    title: e.title,
    startTime: Math.floor(e.startMs / 1000),
    endTime: Math.floor(e.endMs / 1000),
    description: e.description,
    alarmOffset: Math.max(0, Math.floor((e.startMs - first) / 1000)),
  }
}

/** 20260302T010000Z */
function utcStamp(ms: number): string {
  return new Date(ms).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '')
}

/** RFC 5545 §3.3.11 TEXT escaping. */
function escapeText(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n')
}

const utf8Length = (ch: string): number => {
  const cp = ch.codePointAt(0) ?? 0
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4
}

/** RFC 5545 §3.1: lines longer than 75 octets are folded, never inside a UTF-8 character. */
function fold(line: string): string {
  const parts: string[] = []
  let current = ''
  let octets = 0
  for (const ch of line) {
    const n = utf8Length(ch)
    const limit = parts.length === 0 ? 75 : 74 // continuation lines start with one space
    if (octets + n > limit) {
      parts.push(current)
      current = ''
      octets = 0
    }
    current += ch
    octets += n
  }
  parts.push(current)
  return parts.join('\r\n ')
}

/**
 * 一个案件的期限 → .ics 文本（RFC 5545，CRLF，时刻一律 UTC）。
 * @example icsForDeadlines('c1', deadlines, { caseLabel: '(2026)浙0192民初1234号' }, Date.UTC(2026, 2, 2, 1))
 * // 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\n…UID:c1:answer@yingsu-zhushou\r\n…'
 */
export function icsForDeadlines(
  caseId: string, deadlines: readonly Deadline[], labels: CaseLabels, nowMs: number,
  messages: ReminderMessages = zhCNReminders,
): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//yingsu-zhushou//reminders//ZH-CN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH']
  for (const e of calendarEvents(caseId, deadlines, labels, nowMs, messages)) {
    lines.push(
      'BEGIN:VEVENT', `UID:${e.uid}@yingsu-zhushou`, `DTSTAMP:${utcStamp(nowMs)}`,
      `DTSTART:${utcStamp(e.startMs)}`, `DTEND:${utcStamp(e.endMs)}`,
      `SUMMARY:${escapeText(e.title)}`, `DESCRIPTION:${escapeText(e.description)}`,
    )
    for (const a of e.alarms) {
      lines.push('BEGIN:VALARM', `UID:${a.key}@yingsu-zhushou`, 'ACTION:DISPLAY', `DESCRIPTION:${escapeText(e.title)}`,
        `TRIGGER;VALUE=DATE-TIME:${utcStamp(a.atMs)}`, 'END:VALARM')
    }
    lines.push('END:VEVENT')
  }
  lines.push('END:VCALENDAR')
  return lines.map(fold).join('\r\n') + '\r\n'
}
