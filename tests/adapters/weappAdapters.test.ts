/**
 * The mini-program adapters with the wx APIs stubbed: what they pass to WeChat and how they read
 * its answers. (The H5 ones run against the real stand-in in tests/services/reminders.test.ts.)
 */
import Taro from '@tarojs/taro'
import { addToPhoneCalendar } from '@/adapters/phoneCalendar.weapp'
import { requestSubscribe } from '@/adapters/subscribe.weapp'
import { getLoginCode } from '@/adapters/wechatLogin.weapp'

const taro = Taro as unknown as Record<string, unknown>
const stubs: string[] = []
function stub(name: string, impl: (...args: any[]) => unknown): jest.Mock {
  const fn = jest.fn(impl)
  taro[name] = fn
  stubs.push(name)
  return fn
}
const originals = new Map(['requestSubscribeMessage', 'addPhoneCalendar', 'login'].map((n) => [n, taro[n]]))
afterEach(() => { for (const n of stubs.splice(0)) taro[n] = originals.get(n) })

describe('requestSubscribe (weapp)', () => {
  test('opens the WeChat dialog before returning, and keeps only real per-template results', async () => {
    const call = stub('requestSubscribeMessage', () => Promise.resolve({ errMsg: 'requestSubscribeMessage:ok', tA: 'accept', tB: 'reject', tC: 'weird' }))
    const pending = requestSubscribe(['tA', 'tB', 'tC'])
    expect(call).toHaveBeenCalledWith({ tmplIds: ['tA', 'tB', 'tC'], entityIds: [] })
    expect(await pending).toEqual({ ok: true, results: { tA: 'accept', tB: 'reject' } })
  })

  test('turns a failed call (e.g. 20004, main switch off) into a value with the errCode', async () => {
    stub('requestSubscribeMessage', () => Promise.reject({ errCode: 20004, errMsg: 'requestSubscribeMessage:fail' }))
    expect(await requestSubscribe(['tA'])).toEqual({ ok: false, code: 'subscribe_failed', errCode: 20004 })
  })
})

describe('addToPhoneCalendar (weapp)', () => {
  test('adds the nearest entry with its alarm offset in seconds', async () => {
    const call = stub('addPhoneCalendar', () => Promise.resolve({ errMsg: 'addPhoneCalendar:ok' }))
    const entry = { title: '开庭', startTime: 1_772_674_200, description: 'd', alarmOffset: 88_200 }
    const res = await addToPhoneCalendar({ entries: [entry, { ...entry, title: '答辩' }], icsText: '', fileName: 'x.ics' })
    expect(res).toEqual({ ok: true, added: 1 })
    expect(call).toHaveBeenCalledTimes(1)
    expect(call).toHaveBeenCalledWith({ title: '开庭', startTime: 1_772_674_200, description: 'd', alarm: true, alarmOffset: 88_200 })
  })

  test('reports a WeChat failure or an empty list as calendar_failed', async () => {
    stub('addPhoneCalendar', () => Promise.reject({ errMsg: 'addPhoneCalendar:fail system error' }))
    const entry = { title: '开庭', startTime: 1, description: 'd', alarmOffset: 0 }
    expect(await addToPhoneCalendar({ entries: [entry], icsText: '', fileName: 'x.ics' })).toEqual({ ok: false, code: 'calendar_failed' })
    expect(await addToPhoneCalendar({ entries: [], icsText: '', fileName: 'x.ics' })).toEqual({ ok: false, code: 'calendar_failed' })
  })

  test('tells a declined privacy guide (errno 104) from a refused calendar permission (auth deny)', async () => {
    const entry = { title: '开庭', startTime: 1, description: 'd', alarmOffset: 0 }
    stub('addPhoneCalendar', () => Promise.reject({ errno: 104, errMsg: 'addPhoneCalendar:fail privacy permission is not authorized' }))
    expect(await addToPhoneCalendar({ entries: [entry], icsText: '', fileName: 'x.ics' })).toEqual({ ok: false, code: 'privacy_declined' })
    stub('addPhoneCalendar', () => Promise.reject({ errMsg: 'addPhoneCalendar:fail auth deny' }))
    expect(await addToPhoneCalendar({ entries: [entry], icsText: '', fileName: 'x.ics' })).toEqual({ ok: false, code: 'permission_denied' })
  })
})

describe('getLoginCode (weapp)', () => {
  test('returns the wx.login code, or login_unavailable when WeChat fails', async () => {
    stub('login', () => Promise.resolve({ code: '0a1b2c', errMsg: 'login:ok' }))
    expect(await getLoginCode()).toEqual({ ok: true, code: '0a1b2c' })
    stub('login', () => Promise.reject({ errMsg: 'login:fail' }))
    expect(await getLoginCode()).toEqual({ ok: false, code: 'login_unavailable' })
  })
})
