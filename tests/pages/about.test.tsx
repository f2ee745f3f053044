import { findByTestId, tap, waitFor } from '../support/taroApp'
import { openAt } from './helpers'
import { callPhone } from '@/adapters/phoneCall'
import { setTransportForTests } from '@/adapters/request'

jest.mock('@/adapters/phoneCall', () => ({ callPhone: jest.fn() }))

const ABOUT = '/info/pages/about/index'

// 设置页一打开就去取模板 id：这里不需要提醒服务，让请求立即失败，而不是去连本机 80 端口。
beforeEach(() => setTransportForTests(() => Promise.reject({ errMsg: 'request:fail offline in this test' })))
afterEach(() => setTransportForTests(null))

describe('the about page', () => {
  test('12348 and 12368 are links a screen reader can name, and tapping one dials it', async () => {
    await openAt(ABOUT)
    const aid = await findByTestId('call-12348')
    const court = await findByTestId('call-12368')
    expect([aid.getAttribute('role'), aid.getAttribute('aria-role'), aid.getAttribute('aria-label')]).toEqual(['link', 'link', '12348 公共法律服务热线（法律援助）'])
    expect(court.getAttribute('aria-label')).toBe('12368 法院诉讼服务热线')
    tap(court)
    expect(callPhone).toHaveBeenCalledWith('12368')
  })

  test('the promised 删除服务器上关于我的全部数据 is reachable from the about page itself', async () => {
    await openAt(ABOUT)
    tap(await findByTestId('about-delete-server-data'))
    await waitFor(() => expect(window.location.hash).toContain('/reminders/pages/settings/index'))
    await findByTestId('delete-start', 10_000)
    await findByTestId('reminder-never-used', 10_000)
  })
})
