/**
 * RemindMeButton against the REAL reminder service and WeChat stand-in (H5 adapters).
 */
import '@tarojs/taro'
import * as React from 'react'
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { setClockForTests } from '@/adapters/clock'
import { setTransportForTests, type Transport } from '@/adapters/request'
import { RemindMeButton } from '@/components/RemindMeButton'
import type { Deadline } from '@/domain/deadlines'
import { loadReminderStatus } from '@/services/reminders'
import { nodeTransport, startRealReminderService, type RealService, type RecordedCall } from '../services/support/realReminderService'

// The Taro babel preset compiles JSX to React.createElement without importing React in src files;
// the app runtime provides it when a whole app is mounted, a bare render needs it here.
;(globalThis as { React?: unknown }).React = React

/** The service's fixed clock: 2026-03-02 (Monday) 09:00 Beijing. */
const T0 = Date.UTC(2026, 2 /* March */, 2, 1, 0)
const base = { rolledOver: false, provisional: false, startsFrom: null, period: null, basis: ['民事诉讼法第一百二十八条'], explanation: [] }
const answer: Deadline = { kind: 'answer', due: '2026-03-17', safeDue: '2026-03-17', actBy: '2026-03-17', ...base }
const hearing: Deadline = { kind: 'hearing', due: '2026-03-05', safeDue: '2026-03-05', actBy: '2026-03-05', at: '2026-03-05T09:30', ...base }

let service: RealService
let calls: RecordedCall[]
let transport: Transport
beforeAll(async () => { service = await startRealReminderService(T0) }, 120_000)
afterAll(async () => { setTransportForTests(null); setClockForTests(null); await service?.stop() })
beforeEach(() => {
  calls = []
  setClockForTests(T0)
  transport = nodeTransport({ '/api': service.apiUrl, '/wx-fake': service.wechatUrl }, calls)
  setTransportForTests(transport)
})
afterEach(cleanup)

/** Renders and waits for the mount-time preparation, so no request outlives its test. */
async function renderPrepared(deadlines: readonly Deadline[], labels: { caseLabel?: string; court?: string } = { caseLabel: '(2026)浙0192民初1234号', court: '杭州互联网法院' }) {
  render(<RemindMeButton caseId='c1' deadlines={deadlines} {...labels} />)
  // The component logs in and caches the template ids on mount, so the tap can ask at once.
  await waitFor(() => expect(calls.some((c) => c.url === '/api/v1/templates' && c.status === 200)).toBe(true))
  calls.length = 0
}

describe('RemindMeButton', () => {
  test('asks WeChat first inside the tap, then schedules the case reminders and says how many', async () => {
    await renderPrepared([answer, hearing])
    fireEvent.click(screen.getByTestId('remind-me-wechat'))
    expect(calls.map((c) => c.url)).toEqual(['/wx-fake/__fake/subscribe']) // before any await
    await waitFor(() => expect(screen.getByTestId('remind-me-result').textContent).toBe('已安排 4 条微信提醒。微信规定每点一次“允许”只能收到一条提醒，这次可收 2 条，最重要的（开庭、答辩）先发。想多收几条，就再点几次“提醒我”并选“允许”。'), { timeout: 10_000 })
    const status = await loadReminderStatus()
    expect(status.ok && status.reminders.map((r) => r.key).sort()).toEqual(['c1:answer:D-3', 'c1:answer:D0', 'c1:hearing:H-1d', 'c1:hearing:H-2h'])
  })

  test('when WeChat consent fails, schedules nothing and points to the phone calendar', async () => {
    await renderPrepared([answer])
    setTransportForTests((req) => req.url.startsWith('/wx-fake/__fake/subscribe')
      ? Promise.reject({ errMsg: 'requestSubscribeMessage:fail' })
      : transport(req))
    fireEvent.click(screen.getByTestId('remind-me-wechat'))
    await waitFor(() => expect(screen.getByTestId('remind-me-result').textContent).toBe('微信提醒未开启，可加入手机日历'), { timeout: 10_000 })
    expect(calls.filter((c) => c.method === 'PUT')).toEqual([])
  })

  test('when the service refuses every reminder (its clock says the events are over), says so instead of “已安排 0 条”', async () => {
    setClockForTests(Date.UTC(2026, 1 /* Feb */, 20, 1, 0)) // 手机的时钟慢了十天
    const pastForService: Deadline = { ...answer, due: '2026-02-27', safeDue: '2026-02-27', actBy: '2026-02-27' }
    await renderPrepared([pastForService])
    fireEvent.click(screen.getByTestId('remind-me-wechat'))
    await waitFor(() => expect(screen.getByTestId('remind-me-result').textContent).toContain('提醒服务没有接受这 2 条提醒，一条也没有安排'))
    const text = screen.getByTestId('remind-me-result').textContent ?? ''
    expect(text).toContain('检查手机的日期和时间')
    expect(text).not.toContain('已安排 0 条')
    expect(calls.filter((c) => c.method === 'PUT').map((c) => c.status)).toEqual([422, 422])
  })

  test('when the service refuses some reminders, says how many were scheduled and how many were refused', async () => {
    setClockForTests(Date.UTC(2026, 1 /* Feb */, 20, 1, 0))
    const pastForService: Deadline = { ...answer, due: '2026-02-27', safeDue: '2026-02-27', actBy: '2026-02-27' }
    await renderPrepared([pastForService, hearing])
    fireEvent.click(screen.getByTestId('remind-me-wechat'))
    await waitFor(() => expect(screen.getByTestId('remind-me-refused').textContent).toContain('另有 2 条提醒没有被提醒服务接受'))
    expect(screen.getByTestId('remind-me-result').textContent).toContain('已安排 2 条微信提醒')
  })

  test('says there is nothing to remind about when every deadline is over', async () => {
    setClockForTests(Date.UTC(2026, 2, 18))
    await renderPrepared([answer], {})
    fireEvent.click(screen.getByTestId('remind-me-wechat'))
    expect(screen.getByTestId('remind-me-result').textContent).toBe('没有尚未到来的期限，无需提醒')
  })

  test('adds the upcoming deadlines to the phone calendar as an .ics download on H5', async () => {
    const clicked: string[] = []
    const spy = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) { clicked.push(this.href) })
    try {
      await renderPrepared([answer, hearing])
      fireEvent.click(screen.getByTestId('remind-me-calendar'))
      await waitFor(() => expect(screen.getByTestId('remind-me-result').textContent).toBe('已加入手机日历 2 项'))
      expect(clicked).toHaveLength(1)
      expect(clicked[0].startsWith('data:text/calendar;charset=utf-8,')).toBe(true)
      const ics = decodeURIComponent(clicked[0].slice(clicked[0].indexOf(',') + 1))
      expect(ics).toContain('UID:c1:hearing@yingsu-zhushou')
      expect(ics).toContain('UID:c1:answer@yingsu-zhushou')
    } finally {
      spy.mockRestore()
    }
  })

  test('always shows the official-document and not-legal-advice line', async () => {
    await renderPrepared([answer], {})
    const text = screen.getByTestId('remind-me').textContent ?? ''
    expect(text).toContain('以法院传票/通知书为准')
    expect(text).toContain('不构成法律意见')
  })
})
