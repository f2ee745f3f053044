import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { openApp } from './browser.mjs'
import { startLocalServices } from '../../scripts/lib/localServices.mjs'
import { createCaseFromHome } from './intakeSteps.mjs'

// 真实时钟：浏览器和提醒服务用同一个“现在”，所以送达日取今天（北京时间）。
const todayInBeijing = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date())

let services
before(async () => { services = await startLocalServices() })
after(async () => { await services?.close() })

test('the page a reminder carries opens its case from a cold start; once the case is deleted it says so and leads home', async () => {
  const app = await openApp({ proxies: { '/api/': services.apiUrl, '/wx-fake/': services.fakeUrl } })
  try {
    const { page } = app
    const puts = []
    page.on('request', (req) => { if (req.method() === 'PUT' && req.url().includes('/api/v1/reminders/')) puts.push(JSON.parse(req.postData() ?? '{}')) })
    await page.goto(app.url)
    await createCaseFromHome(page, { servedOn: todayInBeijing, method: 'direct' })
    await page.getByTestId('remind-me-wechat').click()
    await page.getByTestId('remind-me-result').filter({ hasText: /已安排 \d+ 条微信提醒/ }).waitFor({ timeout: 20_000 })

    // Every reminder of the case carries the same page: the case's detail page with its id.
    const pages = new Set(puts.map((b) => b.page))
    assert.equal(pages.size, 1)
    const [reminderPage] = pages
    assert.match(reminderPage, /^case\/pages\/detail\/index\?id=[A-Za-z0-9._-]+$/)

    // A tap on the message: WeChat starts the app at that page. Here: a fresh tab, nothing open before.
    const cold = await page.context().newPage()
    const coldErrors = []
    cold.on('pageerror', (e) => coldErrors.push(String(e)))
    await cold.goto(`${app.url}#/${reminderPage}`)
    await cold.getByTestId('due-answer').waitFor()
    assert.match(await cold.locator('body').innerText(), /浙0192民初1234号/)
    await cold.screenshot({ path: '/tmp/yingsu-e2e-reminder-cold-open.png' })
    await cold.close()

    // Delete the case, then tap the (old) reminder again.
    await page.getByTestId('delete-case').click()
    const confirm = page.locator('.taro-model__confirm')
    await confirm.waitFor()
    await confirm.click()
    await page.getByTestId('new-case').waitFor()

    const again = await page.context().newPage()
    again.on('pageerror', (e) => coldErrors.push(String(e)))
    await again.goto(`${app.url}#/${reminderPage}`)
    const missing = again.getByTestId('case-missing')
    await missing.waitFor()
    assert.match(await missing.innerText(), /没有找到这个案件/)
    await again.screenshot({ path: '/tmp/yingsu-e2e-reminder-deleted-case.png' })
    await again.getByTestId('back-home').click()
    await again.getByTestId('new-case').waitFor()
    await again.close()
    assert.deepEqual([...app.errors, ...coldErrors], [])
  } finally {
    await app.close()
  }
})
