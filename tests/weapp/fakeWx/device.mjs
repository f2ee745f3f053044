/**
 * Subscription consent, the phone calendar, phone calls and the clipboard.
 *
 * requestSubscribeMessage checks what WeChat checks (1–3 template ids; wechat-platform.md §2.1),
 * answers per the script (`user.subscribe`, default: accept all) and credits the stand-in for each
 * accept, as WeChat's servers do. addPhoneCalendar wants startTime in unix seconds.
 */
import { wxFail } from './apiKit.mjs'

export const MAX_TEMPLATES_PER_CALL = 3

export function createDevice(kit, { user, ui, network, problem }) {
  const state = { subscriptions: [], calendar: [], phoneCalls: [], clipboard: '' }
  const calendarEvent = (name) => (o) => {
    if (typeof o.title !== 'string' || o.title === '' || typeof o.startTime !== 'number') throw wxFail(name, 'parameter error: title and startTime are required')
    if (o.startTime > 1e11) problem('api-use', `wx.${name} got startTime ${o.startTime}: that is milliseconds; WeChat wants unix seconds`)
    state.calendar.push({ title: o.title, startTime: o.startTime, description: o.description, alarmOffset: o.alarmOffset, allDay: o.allDay, repeat: name === 'addPhoneRepeatCalendar' })
    return {}
  }
  const apis = {
    requestSubscribeMessage: kit.asyncApi('requestSubscribeMessage', async ({ tmplIds }) => {
      if (!Array.isArray(tmplIds) || tmplIds.length === 0) throw { errMsg: "requestSubscribeMessage:fail TmplIds can't be empty", errCode: 10001 }
      if (tmplIds.length > MAX_TEMPLATES_PER_CALL) throw { errMsg: 'requestSubscribeMessage:fail Templates count out of max bounds', errCode: 20003 }
      const answer = typeof user.subscribe === 'function' ? user.subscribe(tmplIds) : Object.fromEntries(tmplIds.map((id) => [id, user.subscribe ?? 'accept']))
      state.subscriptions.push({ tmplIds: [...tmplIds], answer })
      await network.creditSubscriptions(tmplIds.filter((id) => answer[id] === 'accept' || answer[id] === 'acceptWithAudio'))
      return { ...answer }
    }),
    addPhoneCalendar: kit.asyncApi('addPhoneCalendar', calendarEvent('addPhoneCalendar'), { privacy: true }),
    addPhoneRepeatCalendar: kit.asyncApi('addPhoneRepeatCalendar', calendarEvent('addPhoneRepeatCalendar'), { privacy: true }),
    makePhoneCall: kit.asyncApi('makePhoneCall', ({ phoneNumber }) => {
      if (typeof phoneNumber !== 'string' || phoneNumber === '') throw wxFail('makePhoneCall', 'parameter error: phoneNumber is required')
      if ((user.phoneCall ?? 'call') !== 'call') throw wxFail('makePhoneCall', 'cancel')
      state.phoneCalls.push(phoneNumber)
    }),
    setClipboardData: kit.asyncApi('setClipboardData', ({ data }) => {
      if (typeof data !== 'string') throw wxFail('setClipboardData', 'parameter error: data should be a string')
      state.clipboard = data
      ui.state.toast = { title: '内容已复制', icon: 'none' }
    }, { privacy: true }),
    getClipboardData: kit.asyncApi('getClipboardData', () => ({ data: state.clipboard }), { privacy: true })
  }
  return { state, apis }
}
