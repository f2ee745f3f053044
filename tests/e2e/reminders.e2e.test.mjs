import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { openApp } from './browser.mjs'
import { startLocalServices } from '../../scripts/lib/localServices.mjs'
import { createCaseFromHome } from './intakeSteps.mjs'

// 真实时钟：浏览器和提醒服务用同一个“现在”，所以案件的送达日取今天（北京时间）。
const todayInBeijing = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date())

let services
before(async () => { services = await startLocalServices() })
after(async () => { await services?.close() })

test('tapping 提醒我 on a case asks for WeChat consent, schedules its reminders on the service, and the settings page lists them', async () => {
  const app = await openApp({ proxies: { '/api/': services.apiUrl, '/wx-fake/': services.fakeUrl } })
  try {
    const { page } = app
    await page.goto(app.url)
    await createCaseFromHome(page, { servedOn: todayInBeijing, method: 'direct' })

    await page.getByTestId('remind-me-wechat').click()
    const result = page.getByTestId('remind-me-result').filter({ hasText: /已安排 \d+ 条微信提醒|失败|未开启/ })
    await result.waitFor({ timeout: 15_000 })
    assert.match(await result.innerText(), /已安排 \d+ 条微信提醒/)

    // 服务端确实记下了这些提醒（只含发消息需要的内容）。
    await page.goto(`${app.url}#/reminders/pages/settings/index`)
    const list = page.getByTestId('reminder-list')
    await list.filter({ hasText: '已安排' }).waitFor()
    assert.match(await list.innerText(), /答辩/)
    assert.match(await page.getByTestId('reminder-credits').innerText(), /还能收到/)
    const inbox = await (await fetch(`${services.fakeUrl}/__fake/inbox.json`)).json()
    assert.equal(Array.isArray(inbox) ? inbox.length : inbox.messages?.length ?? 0, 0, 'nothing is due yet, so nothing was delivered')
    assert.deepEqual(app.errors, [])
  } finally {
    await app.close()
  }
})
