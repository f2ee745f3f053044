/**
 * The privacy sheet on the case page, with a stand-in for WeChat's privacy gate (the port the sheet
 * talks to, and a wx.addPhoneCalendar that WeChat holds until the sheet answers). The calendar goes
 * through the mini-program adapter here, as in the WeChat build; tests/weapp/ runs the real build.
 */
import Taro from '@tarojs/taro'
import { fireEvent, waitFor } from '@testing-library/react'
import { setPrivacyPortForTests } from '@/adapters/privacy'
import type { PrivacyReply } from '@/privacy/privacyGate'
import { privacyText as p } from '@/i18n/privacy'
import { findByTestId, tap } from '../support/taroApp'
import { absent, detailOf, expectText, openAt, seed, served0916 } from './helpers'

jest.mock('@/adapters/phoneCalendar', () => jest.requireActual('@/adapters/phoneCalendar.weapp'))

const CONTRACT = '《应诉助手小程序隐私保护指引》'
const ok = { errMsg: 'addPhoneCalendar:ok' }
const refused = { errno: 104, errMsg: 'addPhoneCalendar:fail privacy permission is not authorized' }

/** WeChat as far as privacy goes: 'sheet' asks our listener, 'own popup' answers itself. */
function fakeWechat(mode: 'sheet' | 'own popup', ownPopupAnswer: 'agree' | 'disagree' = 'agree') {
  const w = {
    agreed: false,
    replies: [] as PrivacyReply[],
    opened: 0,
    listener: null as null | ((reply: (r: PrivacyReply) => void, referrer: string) => void),
    calendarCalls: 0
  }
  setPrivacyPortForTests({
    readSetting: () => Promise.resolve({ needAuthorization: !w.agreed, contractName: CONTRACT }),
    listen: (listener) => { w.listener = listener },
    openContract: () => { w.opened++; return Promise.resolve(true) }
  })
  ;(Taro as unknown as Record<string, unknown>).addPhoneCalendar = () => {
    w.calendarCalls++
    if (w.agreed) return Promise.resolve(ok)
    if (mode === 'own popup' || !w.listener) {
      w.agreed = ownPopupAnswer === 'agree'
      return w.agreed ? Promise.resolve(ok) : Promise.reject(refused)
    }
    return new Promise((resolve, reject) => w.listener?.((r) => {
      w.replies.push(r)
      if (r.event === 'agree' && r.buttonId === 'privacy-agree') { w.agreed = true; resolve(ok) }
      if (r.event === 'disagree') reject(refused)
    }, 'addPhoneCalendar'))
  }
  return w
}

const original = (Taro as unknown as Record<string, unknown>).addPhoneCalendar
afterEach(() => {
  setPrivacyPortForTests(null)
  ;(Taro as unknown as Record<string, unknown>).addPhoneCalendar = original
})

async function openCaseAndTapCalendar() {
  seed(served0916)
  await openAt(detailOf('case-1'))
  tap(await findByTestId('remind-me-calendar'))
}

describe('the privacy sheet', () => {
  test('explains the calendar use when WeChat asks, links the full guide, and agreeing lets the calendar entry through', async () => {
    const wechat = fakeWechat('sheet')
    await openCaseAndTapCalendar()
    await expectText('privacy-sheet', p.sheet.needs(p.types.calendar.name))
    await expectText('privacy-sheet', p.types.calendar.purpose)
    await expectText('privacy-guide', p.sheet.readGuide(CONTRACT))
    expect(wechat.replies).toEqual([{ event: 'exposureAuthorization' }])

    tap(await findByTestId('privacy-guide'))
    await waitFor(() => expect(wechat.opened).toBe(1))
    // WeChat fires the agree button's own event (open-type="agreePrivacyAuthorization"), not just a tap.
    fireEvent(await findByTestId('privacy-agree'), new CustomEvent('agreeprivacyauthorization', { bubbles: true }))
    await expectText('remind-me-result', '已加入手机日历 1 项')
    expect(wechat.replies.at(-1)).toEqual({ event: 'agree', buttonId: 'privacy-agree' })
    await waitFor(() => expect(absent('privacy-sheet')).toBe(true))
  })

  test('declining closes the sheet, says the calendar was not used, and the page keeps working', async () => {
    const wechat = fakeWechat('sheet')
    await openCaseAndTapCalendar()
    tap(await findByTestId('privacy-decline'))
    await expectText('remind-me-result', p.outcome.declined(p.types.calendar.name))
    expect(wechat.replies.at(-1)).toEqual({ event: 'disagree' })
    expect(absent('privacy-sheet')).toBe(true)
    // Asking again later brings the sheet back; nothing was remembered as agreed.
    tap(await findByTestId('remind-me-calendar'))
    await findByTestId('privacy-sheet')
    expect(wechat.calendarCalls).toBe(2)
  })

  test('when WeChat shows its own popup the sheet never opens, and a refusal there reads the same calm way', async () => {
    const wechat = fakeWechat('own popup', 'disagree')
    await openCaseAndTapCalendar()
    await expectText('remind-me-result', p.outcome.declined(p.types.calendar.name))
    expect(absent('privacy-sheet')).toBe(true)
    expect(wechat.replies).toEqual([])
  })

  test('when WeChat\'s own popup is agreed to, the entry is added without our sheet', async () => {
    fakeWechat('own popup', 'agree')
    await openCaseAndTapCalendar()
    await expectText('remind-me-result', '已加入手机日历 1 项')
    expect(absent('privacy-sheet')).toBe(true)
  })
})
