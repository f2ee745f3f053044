/**
 * The reminder settings page mounted in the whole Taro app, talking to the REAL reminder service
 * and WeChat stand-in.
 */
import { setClockForTests } from '@/adapters/clock'
import { setTransportForTests } from '@/adapters/request'
import type { Deadline } from '@/domain/deadlines'
import { cancelCaseReminders, syncCaseReminders } from '@/services/reminders'
import { AppTestUtils, findByTestId, tap, waitFor } from '../support/taroApp'
import { nodeTransport, startRealReminderService, type RealService } from '../services/support/realReminderService'

/** The service's fixed clock: 2026-03-02 (Monday) 09:00 Beijing. */
const T0 = Date.UTC(2026, 2 /* March */, 2, 1, 0)
const answer: Deadline = {
  kind: 'answer', due: '2026-03-17', safeDue: '2026-03-17', rolledOver: false, provisional: false,
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
  test('a new phone sees reminders off, no credits, nothing scheduled, and the official-document line', async () => {
    await openSettings()
    const credits = await findByTestId('reminder-credits')
    expect(credits.textContent).toContain('微信提醒：未开启')
    expect(credits.textContent).toContain('还没有可用的提醒次数')
    expect((await findByTestId('reminder-list')).textContent).toContain('还没有安排提醒')
    expect(text()).toContain('以法院传票/通知书为准')
    expect((await findByTestId('disclaimer')).textContent).toContain('不构成法律意见')
  })

  test('tapping 允许微信提醒 turns reminders on and shows the credits in plain words', async () => {
    await openSettings()
    await findByTestId('reminder-credits')
    tap(await findByTestId('reminder-allow'))
    await waitFor(() => expect(text()).toContain('还能收到 1 条开庭提醒'), { timeout: 5000 })
    expect(text()).toContain('还能收到 1 条期限提醒')
    expect((await findByTestId('reminder-credits')).textContent).toContain('微信提醒：已开启')
    expect((await findByTestId('reminder-allow-result')).textContent).toBe('已允许 2/2 类提醒。')
  })

  test('lists scheduled and cancelled reminders with their states in Chinese and Beijing times', async () => {
    await syncCaseReminders('c1', [answer], { caseLabel: '(2026)浙0192民初1234号' }, T0)
    await openSettings()
    await waitFor(() => expect(document.querySelectorAll('[data-testid="reminder-row"]')).toHaveLength(2), { timeout: 5000 })
    expect(rowTexts()).toEqual(['3月14日 09:00 · 提交答辩状还剩3天已安排', '3月17日 09:00 · 提交答辩状今天截止已安排'])
    await cancelCaseReminders('c1')
    await openSettings()
    await waitFor(() => expect(rowTexts()).toEqual(['3月14日 09:00 · 提交答辩状还剩3天已取消', '3月17日 09:00 · 提交答辩状今天截止已取消']), { timeout: 5000 })
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
})
