/**
 * The reminder settings page mounted in the whole Taro app, talking to the REAL reminder service
 * and WeChat stand-in.
 */
import { setClockForTests } from '@/adapters/clock'
import { setTransportForTests } from '@/adapters/request'
import type { Deadline } from '@/domain/deadlines'
import { taroStore } from '@/adapters/storage'
import { cancelCaseReminders, loadReminderStatus, syncCaseReminders } from '@/services/reminders'
import { AppTestUtils, findByTestId, tap, waitFor } from '../support/taroApp'
import { nodeTransport, startRealReminderService, type RealService, type RecordedCall } from '../services/support/realReminderService'

/** The service's fixed clock: 2026-03-02 (Monday) 09:00 Beijing. */
const T0 = Date.UTC(2026, 2 /* March */, 2, 1, 0)
const answer: Deadline = {
  kind: 'answer', due: '2026-03-17', safeDue: '2026-03-17', actBy: '2026-03-17', rolledOver: false, provisional: false,
  startsFrom: null, period: null, basis: [], explanation: [],
}

let service: RealService
beforeAll(async () => { service = await startRealReminderService(T0) }, 120_000)
afterAll(async () => { setTransportForTests(null); setClockForTests(null); await service?.stop() })
beforeEach(() => {
  setClockForTests(T0)
  setTransportForTests(nodeTransport({ '/api': service.apiUrl, '/wx-fake': service.wechatUrl }))
})

const openSettings = () => new AppTestUtils().createApp('/reminders/pages/settings/index')
const text = () => document.body.textContent ?? ''
/** Rows of the newest mounted page (an earlier page can stay in the DOM behind it). */
const rowTexts = () => {
  const lists = document.querySelectorAll('[data-testid="reminder-list"]')
  const list = lists[lists.length - 1]
  return list ? [...list.querySelectorAll('[data-testid="reminder-row"]')].map((r) => r.textContent) : []
}

describe('the reminder settings page', () => {
  test('a new phone sees reminders off, no credits, nothing scheduled, and the official-document line, without logging in', async () => {
    const calls: RecordedCall[] = []
    setTransportForTests(nodeTransport({ '/api': service.apiUrl, '/wx-fake': service.wechatUrl }, calls))
    await openSettings()
    const credits = await findByTestId('reminder-credits')
    expect(credits.textContent).toContain('微信提醒：未开启')
    expect((await findByTestId('reminder-never-used')).textContent).toContain('服务器上没有')
    expect((await findByTestId('reminder-allow')).textContent).toBe('打开微信提醒（弹出微信授权）')
    await waitFor(() => expect(calls.some((c) => c.url === '/api/v1/templates')).toBe(true))
    expect(calls.filter((c) => c.url.includes('session') || c.url.includes('login'))).toEqual([])
    expect(credits.textContent).toContain('还没有可用的提醒次数')
    expect((await findByTestId('reminder-list')).textContent).toContain('还没有安排提醒')
    expect(text()).toContain('以法院传票/通知书为准')
    expect((await findByTestId('disclaimer')).textContent).toContain('不构成法律意见')
  })

  test('tapping the allow button turns reminders on and shows the credits in plain words', async () => {
    await openSettings()
    await findByTestId('reminder-credits')
    tap(await findByTestId('reminder-allow'))
    await waitFor(() => expect(text()).toContain('还能收到 1 条开庭提醒'), { timeout: 5000 })
    expect(text()).toContain('还能收到 1 条期限提醒')
    expect((await findByTestId('reminder-credits')).textContent).toContain('微信提醒：已开启')
    expect((await findByTestId('reminder-allow-result')).textContent).toBe('已允许 2/2 类提醒。')
  })

  test('without any WeChat consent, each scheduled reminder says it still needs one more 允许, in Beijing times', async () => {
    await syncCaseReminders('c1', [answer], { caseLabel: '(2026)浙0192民初1234号' }, T0)
    await openSettings()
    await waitFor(() => expect(document.querySelectorAll('[data-testid="reminder-row"]')).toHaveLength(2), { timeout: 5000 })
    expect(rowTexts()).toEqual(['3月14日 09:00 · 提交答辩状还剩3天还需再允许 1 次', '3月17日 09:00 · 提交答辩状今天截止还需再允许 1 次'])
    expect((await findByTestId('reminder-coverage')).textContent).toBe('已安排的 2 条提醒中，0 条能发出，另外 2 条还需要你再允许。')
    expect((await findByTestId('reminder-allow')).textContent).toBe('再允许一次，多收一条提醒')
    expect((await findByTestId('reminder-allow-hint')).textContent).toContain('还有 2 条提醒需要你再允许')
  })

  test('one 允许 covers the first reminder only: the list says which one will really be sent', async () => {
    await syncCaseReminders('c1', [answer], {}, T0)
    await openSettings()
    await waitFor(() => expect(document.querySelectorAll('[data-testid="reminder-row"]')).toHaveLength(2), { timeout: 5000 })
    tap(await findByTestId('reminder-allow'))
    await waitFor(() => expect(rowTexts()).toEqual(['3月14日 09:00 · 提交答辩状还剩3天已安排', '3月17日 09:00 · 提交答辩状今天截止还需再允许 1 次']), { timeout: 5000 })
    expect((await findByTestId('reminder-credits')).textContent).toContain('微信提醒：已开启')
    expect((await findByTestId('reminder-coverage')).textContent).toBe('已安排的 2 条提醒中，1 条能发出，另外 1 条还需要你再允许。')
  })

  test('cancelled reminders (of a deleted case) are folded away, and open on a tap', async () => {
    await syncCaseReminders('c1', [answer], { caseLabel: '(2026)浙0192民初1234号' }, T0)
    await cancelCaseReminders('c1')
    await openSettings()
    const fold = await findByTestId('cancelled-fold', 5000)
    expect(fold.textContent).toBe('已取消的提醒（2 条，点开查看）')
    expect(fold.getAttribute('aria-expanded')).toBe('false')
    expect(rowTexts()).toEqual([])
    expect((await findByTestId('reminder-list')).textContent).toContain('还没有安排提醒')
    tap(fold)
    await waitFor(() => expect([...document.querySelectorAll('[data-testid="cancelled-row"]')].map((r) => r.textContent)).toEqual(['3月14日 09:00 · 提交答辩状还剩3天已取消', '3月17日 09:00 · 提交答辩状今天截止已取消']))
  })

  test('deletes everything on the server only after confirmation', async () => {
    await syncCaseReminders('c1', [answer], {}, T0)
    await openSettings()
    await waitFor(() => expect(document.querySelectorAll('[data-testid="reminder-row"]')).toHaveLength(2), { timeout: 5000 })
    tap(await findByTestId('delete-start'))
    tap(await findByTestId('delete-cancel'))
    expect(document.querySelector('[data-testid="delete-result"]')).toBeNull()
    tap(await findByTestId('delete-start'))
    tap(await findByTestId('delete-confirm'))
    expect((await findByTestId('delete-result', 5000)).textContent).toBe('已删除服务器上关于你的全部数据。')
    await waitFor(() => expect(text()).toContain('还没有安排提醒'), { timeout: 5000 })
  })

  test('a phone that lost its session (the mini-program was removed and added again) can still delete what the server holds', async () => {
    await syncCaseReminders('c1', [answer], {}, T0)
    taroStore.remove('yingsu.reminderSession') // 同一个微信号，手机上的会话记录没了
    await openSettings()
    await findByTestId('reminder-never-used')
    tap(await findByTestId('delete-start'))
    tap(await findByTestId('delete-confirm'))
    expect((await findByTestId('delete-result', 5000)).textContent).toBe('已删除服务器上关于你的全部数据。')
    const status = await loadReminderStatus() // 再登录一次：服务器上已经什么也没有
    expect(status.ok && status.reminders).toEqual([])
  })
})
