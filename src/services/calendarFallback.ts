/**
 * 手机日历兜底的用例：不需要订阅额度。Like consent, the platform call must happen inside the tap,
 * so this is not async: everything before the adapter call is pure and synchronous.
 */
import { addToPhoneCalendar, type PhoneCalendarOutcome } from '@/adapters/phoneCalendar'
import type { Deadline } from '@/domain/deadlines'
import { calendarEvents, icsForDeadlines, phoneCalendarEntry } from './reminderCalendar'
import type { CaseLabels } from './reminderPlan'

/** 把一个案件尚未到来的期限加入手机日历（小程序加最近的一项；H5 下载 .ics）。 */
export function addCaseToPhoneCalendarOnTap(
  caseId: string, deadlines: readonly Deadline[], labels: CaseLabels, nowMs: number,
): Promise<PhoneCalendarOutcome> {
  const events = calendarEvents(caseId, deadlines, labels, nowMs)
  return addToPhoneCalendar({
    entries: events.map(phoneCalendarEntry),
    icsText: icsForDeadlines(caseId, deadlines, labels, nowMs),
    fileName: `yingsu-${caseId}.ics`,
  })
}
