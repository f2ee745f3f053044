/**
 * The privacy flow without a page: how WeChat's question is held, answered and never left hanging.
 */
import { createPrivacyGate, type PrivacyPort, type PrivacyReply } from '@/privacy/privacyGate'

function stubPort(setting = { needAuthorization: true, contractName: '《指引》' }) {
  const port = {
    listener: null as null | ((reply: (r: PrivacyReply) => void, referrer: string) => void),
    reads: 0,
    readSetting: () => { port.reads++; return Promise.resolve(setting) },
    listen: (l: (reply: (r: PrivacyReply) => void, referrer: string) => void) => { port.listener = l },
    openContract: () => Promise.resolve(true)
  }
  return port
}

/** WeChat asking about one API; returns the replies it got. */
function ask(port: ReturnType<typeof stubPort>, referrer: string): PrivacyReply[] {
  const replies: PrivacyReply[] = []
  port.listener?.((r) => replies.push(r), referrer)
  return replies
}

describe('the privacy gate', () => {
  test('listens to WeChat and reads the setting when a sheet is shown, not before', async () => {
    const port = stubPort()
    const gate = createPrivacyGate(() => port as PrivacyPort)
    expect(port.listener).toBeNull()
    gate.showHost()
    expect(port.listener).not.toBeNull()
    await Promise.resolve()
    expect(port.reads).toBe(1)
    expect(gate.state()).toMatchObject({ contractName: '《指引》', needAuthorization: true, request: null })
  })

  test('holds the question with its declared type, tells WeChat the sheet was shown, and answers every held call on agree', () => {
    const port = stubPort()
    const gate = createPrivacyGate(() => port as PrivacyPort)
    gate.showHost()
    const first = ask(port, 'addPhoneCalendar')
    const second = ask(port, 'addPhoneCalendar')
    expect(gate.state().request).toEqual({ referrer: 'addPhoneCalendar', type: 'calendar' })
    expect(first).toEqual([{ event: 'exposureAuthorization' }])
    gate.agree('privacy-agree')
    expect(first.at(-1)).toEqual({ event: 'agree', buttonId: 'privacy-agree' })
    expect(second.at(-1)).toEqual({ event: 'agree', buttonId: 'privacy-agree' })
    expect(gate.state()).toMatchObject({ request: null, needAuthorization: false })
  })

  test('declining answers disagree and closes the question; an API outside the declaration has no type', () => {
    const port = stubPort()
    const gate = createPrivacyGate(() => port as PrivacyPort)
    gate.showHost()
    const replies = ask(port, 'getLocation')
    expect(gate.state().request).toEqual({ referrer: 'getLocation', type: undefined })
    gate.decline()
    expect(replies.at(-1)).toEqual({ event: 'disagree' })
    expect(gate.state().request).toBeNull()
  })

  test('a page without a sheet cannot ask: WeChat gets disagree at once and a console error names the API', () => {
    const port = stubPort()
    const gate = createPrivacyGate(() => port as PrivacyPort)
    const hide = gate.showHost()
    hide()
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined)
    expect(ask(port, 'chooseMedia')).toEqual([{ event: 'disagree' }])
    expect(error.mock.calls[0]?.[0]).toMatch(/chooseMedia/)
    error.mockRestore()
  })

  test('a sheet that goes away with a question open declines it instead of leaving the call hanging', () => {
    const port = stubPort()
    const gate = createPrivacyGate(() => port as PrivacyPort)
    const hide = gate.showHost()
    const replies = ask(port, 'setClipboardData')
    hide()
    expect(replies.at(-1)).toEqual({ event: 'disagree' })
  })

  test('without a platform (H5) nothing is shown and nothing listens', () => {
    const gate = createPrivacyGate(() => null)
    expect(gate.available()).toBe(false)
    gate.showHost()()
    expect(gate.state().request).toBeNull()
  })
})

describe('callPrivacyApiOnTap', () => {
  test('starts the platform call before it returns, so a tap-only API is still inside the tap', async () => {
    const { callPrivacyApiOnTap } = await import('@/adapters/privacy')
    const order: string[] = []
    const result = callPrivacyApiOnTap('clipboard', () => { order.push('called'); return Promise.resolve('done') })
    order.push('returned')
    expect(order).toEqual(['called', 'returned'])
    expect(await result).toEqual({ ok: true, value: 'done' })
  })

  test('turns WeChat\'s refusals into codes: declined guide, refused permission, anything else', async () => {
    const { callPrivacyApiOnTap } = await import('@/adapters/privacy')
    const fail = (err: unknown) => callPrivacyApiOnTap('photos', () => Promise.reject(err))
    expect(await fail({ errno: 104, errMsg: 'chooseMedia:fail privacy permission is not authorized' })).toMatchObject({ ok: false, code: 'privacy_declined' })
    expect(await fail({ errMsg: 'chooseMedia:fail auth deny' })).toMatchObject({ ok: false, code: 'permission_denied' })
    expect(await fail({ errMsg: 'chooseMedia:fail cancel' })).toMatchObject({ ok: false, code: 'failed', errMsg: 'chooseMedia:fail cancel' })
    expect(await callPrivacyApiOnTap('photos', () => { throw new Error('no such API') })).toMatchObject({ ok: false, code: 'failed' })
  })
})
