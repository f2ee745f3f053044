/**
 * 加入手机日历（H5）：浏览器没有 addPhoneCalendar，下载一个 .ics 文件，手机和电脑的日历都能导入。
 * A data URL rather than a Blob URL: nothing to revoke, and it works in every browser we target.
 */
export interface PhoneCalendarEntry {
  title: string
  /** unix seconds */
  startTime: number
  description: string
  /** seconds before startTime */
  alarmOffset: number
}

export interface PhoneCalendarRequest {
  /** Nearest first; the mini-program adds the first one (one system dialog per tap). */
  entries: readonly PhoneCalendarEntry[]
  /** RFC 5545 text for all of them (H5 downloads it). */
  icsText: string
  fileName: string
}

/** privacy_declined / permission_denied: the person said no in WeChat (privacy guide / calendar permission). */
export type PhoneCalendarOutcome = { ok: true; added: number } | { ok: false; code: 'calendar_failed' | 'privacy_declined' | 'permission_denied' }

export function addToPhoneCalendar(req: PhoneCalendarRequest): Promise<PhoneCalendarOutcome> {
  if (req.entries.length === 0 || typeof document === 'undefined') return Promise.resolve({ ok: false, code: 'calendar_failed' })
  try {
    const link = document.createElement('a')
    link.href = `data:text/calendar;charset=utf-8,${encodeURIComponent(req.icsText)}`
    link.download = req.fileName
    link.style.display = 'none'
    document.body.appendChild(link)
    link.click()
    link.remove()
    return Promise.resolve({ ok: true, added: req.entries.length })
  } catch {
    return Promise.resolve({ ok: false, code: 'calendar_failed' })
  }
}
