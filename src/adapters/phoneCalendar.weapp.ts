/**
 * 加入手机日历（小程序）：wx.addPhoneCalendar，基础库 2.15.0 起；只能在点击时调用（§2.7），
 * so, like requestSubscribe, it starts synchronously and must be the first call in the tap handler.
 * Only the nearest entry is added: each call is a system dialog, and a second call after the first
 * has resolved is no longer inside the tap.
 */
import Taro from '@tarojs/taro'
import type { PhoneCalendarOutcome, PhoneCalendarRequest } from './phoneCalendar.h5'
import { callPrivacyApiOnTap } from './privacy'

export type { PhoneCalendarEntry, PhoneCalendarOutcome, PhoneCalendarRequest } from './phoneCalendar.h5'

export function addToPhoneCalendar(req: PhoneCalendarRequest): Promise<PhoneCalendarOutcome> {
  const first = req.entries[0]
  if (!first) return Promise.resolve({ ok: false, code: 'calendar_failed' })
  // A privacy API (使用你的日历（仅写入）权限): the PrivacySheet on the page may ask first.
  return callPrivacyApiOnTap('calendar', () => Taro.addPhoneCalendar({
    title: first.title, startTime: first.startTime, description: first.description,
    alarm: true, alarmOffset: first.alarmOffset,
  })).then((r): PhoneCalendarOutcome => {
    if (r.ok) return { ok: true, added: 1 }
    return { ok: false, code: r.code === 'failed' ? 'calendar_failed' : r.code }
  })
}
