// 提醒服务一条也不接受时（例如手机的时钟慢了，按服务器的时间期限都已过去，HTTP 422），
// 页面说这是拒绝、该怎么办，而不是“已安排 0 条微信提醒”。375×667 的小手机。
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { openApp, SMALL_PHONE } from './browser.mjs'
import { startLocalServices } from '../../scripts/lib/localServices.mjs'
import { createCaseFromHome } from './intakeSteps.mjs'

const DAY = 24 * 3600_000
const beijingDate = (ms) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(ms))

let services
before(async () => { services = await startLocalServices() })
after(async () => { await services?.close() })

test('a phone whose clock is ten days slow is told the service refused its reminders, and what to do', async () => {
  const app = await openApp({ viewport: SMALL_PHONE, proxies: { '/api/': services.apiUrl, '/wx-fake/': services.fakeUrl } })
  try {
    const { page } = app
    const phoneNow = Date.now() - 10 * DAY
    await page.clock.setFixedTime(new Date(phoneNow))
    await page.goto(app.url)
    // 送达在（手机的）十天前：答辩期还剩五天左右；按服务器的真实时间已经过了。
    await createCaseFromHome(page, { servedOn: beijingDate(phoneNow - 10 * DAY), method: 'direct' })
    await page.getByTestId('remind-me-wechat').click()
    const result = page.getByTestId('remind-me-result').filter({ hasText: /提醒服务|已安排|失败|未开启/ })
    await result.waitFor({ timeout: 15_000 })
    const text = await result.innerText()
    assert.match(text, /提醒服务没有接受这 \d+ 条提醒，一条也没有安排/)
    assert.match(text, /检查手机的日期和时间/)
    assert.doesNotMatch(text, /已安排 0 条/)
    await result.scrollIntoViewIfNeeded()
    await page.screenshot({ path: '.data/screenshots/reminder-refused.png' })
    assert.deepEqual(app.errors, [])
  } finally {
    await app.close()
  }
})
