/**
 * 提醒我 in the WeChat build against the real reminder service and the local WeChat stand-in
 * (scripts/lib/localServices.mjs). The build calls the origin it was built with
 * (TARO_APP_API_BASE=https://yingsu-api.invalid, scripts/test.sh); the fake wx.request maps that
 * origin to the service, as the MP console's request-domain list would name the real one.
 * Real clock: the service judges "in the past" by its own clock, so the case is served today.
 * Only public behaviour: consent opens inside the tap with at most 3 template ids, and the
 * reminders get scheduled.
 */
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { bootWeapp, TEST_API_ORIGIN } from '../harness.mjs'
import { createCaseFromHome, todayInBeijing } from '../support/steps.mjs'
import { startLocalServices } from '../../../scripts/lib/localServices.mjs'
import { zhCNReminders } from '../../../src/i18n/reminders.ts'
import { t } from '../../../src/i18n/index.ts'

const builtWithTestOrigin = () => readdirSync('dist', { recursive: true })
  .some((f) => String(f).endsWith('.js') && readFileSync(join('dist', String(f)), 'utf8').includes(TEST_API_ORIGIN))

let services
before(async () => { services = await startLocalServices() })
after(async () => { await services?.close() })

test('tapping 提醒我 opens WeChat\'s consent inside the tap with at most 3 templates, and the case\'s reminders are scheduled on the service', async () => {
  assert.ok(builtWithTestOrigin(), `build the weapp with TARO_APP_API_BASE=${TEST_API_ORIGIN} (npm test does) so the build calls a mapped origin`)
  const app = await bootWeapp({ hosts: { [TEST_API_ORIGIN]: services.apiUrl }, standIn: services.fakeUrl })
  try {
    await app.settle()
    await createCaseFromHome(app, { servedOn: todayInBeijing(), method: 'direct' })
    assert.equal(app.route(), 'case/pages/detail/index')

    await app.press(zhCNReminders.remindMe.button)
    const [consent] = app.calls('requestSubscribeMessage')
    assert.equal(consent.inTap, true, 'requestSubscribeMessage must start synchronously inside the tap')
    assert.ok(consent.args.tmplIds.length >= 1 && consent.args.tmplIds.length <= 3, `tmplIds: ${consent.args.tmplIds}`)
    assert.match(app.text(), /已安排 \d+ 条微信提醒/)
    const puts = app.calls('request').filter((c) => c.args.method === 'PUT' && c.status >= 200 && c.status < 300)
    assert.ok(puts.length >= 1, 'at least one reminder was stored by the service')

    // Back to the home page (WeChat's back arrow), then 提醒设置: it lists what the service holds.
    await app.back()
    await app.press(t.home.reminderSettings)
    assert.equal(app.route(), 'reminders/pages/settings/index')
    assert.ok(app.has(zhCNReminders.stateName.scheduled), app.text())
    app.assertHealthy()
  } finally {
    await app.close()
  }
})
