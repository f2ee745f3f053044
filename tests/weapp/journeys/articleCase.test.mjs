/**
 * The article reader's journey and 提醒我, in the WeChat build, against the real reminder service and
 * the local WeChat stand-in (scripts/lib/localServices.mjs, started once for this file). The build
 * calls the origin it was built with (TARO_APP_API_BASE=https://yingsu-api.invalid, scripts/lib/testSteps.mjs);
 * the fake wx.request maps that origin to the service, as the MP console's request-domain list names
 * the real one. Reminders are kept to public behaviour: consent opens inside the tap with at most 3
 * template ids, and the reminders get scheduled (that last check runs on the real clock, because the
 * service judges "already over" by its own).
 */
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { bootWeapp, TEST_API_ORIGIN } from '../harness.mjs'
import { ARTICLE_LAUNCH, SEPT_20, createCaseFromHome, fillIntake, todayInBeijing } from '../support/steps.mjs'
import { startLocalServices } from '../../../scripts/lib/localServices.mjs'
import { t } from '../../../src/i18n/index.ts'
import { detailText } from '../../../src/i18n/detail.ts'
import { zhCNReminders } from '../../../src/i18n/reminders.ts'

const builtWithTestOrigin = () => readdirSync('dist', { recursive: true })
  .some((f) => String(f).endsWith('.js') && readFileSync(join('dist', String(f)), 'utf8').includes(TEST_API_ORIGIN))

let services
let online
before(async () => {
  services = await startLocalServices()
  online = { hosts: { [TEST_API_ORIGIN]: services.apiUrl }, standIn: services.fakeUrl }
})
after(async () => { await services?.close() })

test('the WeChat build was built against the origin the harness maps to the local service', () => {
  assert.ok(builtWithTestOrigin(), `build the weapp with TARO_APP_API_BASE=${TEST_API_ORIGIN} (npm test does)`)
})

test('a reader opens the app from the article\'s code, enters the case, sees the 2026-10-08 answer deadline, taps 提醒我, adds it to the phone calendar and deletes the case', async () => {
  const app = await bootWeapp({ now: SEPT_20, launch: ARTICLE_LAUNCH, ...online })
  try {
    await app.settle()
    // The scene opens the form straight away, with the lender from the code and the source noted on the phone.
    assert.deepEqual(app.stack(), ['pages/index/index', 'case/pages/intake/index'])
    assert.equal(app.calls('navigateTo')[0].args.url, '/case/pages/intake/index?s=art0308&l=alipay')
    assert.match([...app.storage.values()].join('\n'), /art0308/)

    await fillIntake(app, { servedOn: '2026-09-16', caseNumber: '(2026)浙0192民初1234号' })
    assert.equal(app.route(), 'case/pages/detail/index')
    assert.match(app.text(), /提交答辩状\n法定最后一天：\n?2026年10月8日（周四）\n还剩 18 天\n10月1日\n?是国庆节假期，顺延至\n?10月8日/)
    // The citations are folded under 依据 (issue 17: the conclusion first); the answer's card comes first.
    assert.doesNotMatch(app.text(), /《民事诉讼法第一百二十八条》/)
    await app.press(/^依据（\d+ 条）/, { nth: 0 })
    assert.match(app.text(), /《民事诉讼法第一百二十八条》/)
    assert.match(app.text(), /重庆蚂蚁消费金融有限公司/)

    // 提醒我: WeChat's consent dialog opens inside the tap, for at most 3 templates, and the service takes the answer.
    await app.press(zhCNReminders.remindMe.button)
    const [consent] = app.calls('requestSubscribeMessage')
    assert.equal(consent.inTap, true, 'requestSubscribeMessage must start synchronously inside the tap')
    assert.ok(consent.args.tmplIds.length >= 1 && consent.args.tmplIds.length <= 3, `tmplIds: ${consent.args.tmplIds}`)
    assert.ok(app.calls('request').some((c) => c.args.url.endsWith('/v1/consents') && c.status === 200), 'the consent reached the service')

    // 加入手机日历: wx.addPhoneCalendar inside the tap, startTime in seconds, the nearest deadline first.
    await app.press(zhCNReminders.remindMe.calendarButton)
    const [calendar] = app.calls('addPhoneCalendar')
    assert.equal(calendar.inTap, true)
    assert.ok(Number.isInteger(calendar.args.startTime) && calendar.args.startTime > SEPT_20 / 1000, 'unix seconds, in the future')
    assert.ok(calendar.args.startTime <= Date.parse('2026-10-08T23:59:59+08:00') / 1000, 'no later than the last day')
    assert.match(calendar.args.description, /2026-10-08/)
    assert.match(calendar.args.title, /（2026）浙0192民初1234号/)
    assert.equal(app.device.calendar.length, 1)
    assert.match(app.text(), /已加入手机日历 1 项/)
    // Base library 3.7: the privacy tick rides on WeChat's own calendar popup; our sheet stays closed.
    assert.deepEqual(app.privacy.popups.map((p) => p.kind), ['WeChat popup'])

    // Delete: WeChat's confirm dialog, then a fresh home page with nothing left on the phone.
    await app.press(detailText.delete)
    assert.equal(app.modal()?.title, detailText.deleteConfirmTitle)
    app.answerModal(true)
    await app.settle()
    assert.deepEqual(app.stack(), ['pages/index/index'])
    assert.ok(app.has(t.home.emptyLead), app.text())
    assert.doesNotMatch([...app.storage.values()].join('\n'), /浙0192民初1234号/)
    app.assertHealthy()
  } finally {
    await app.close()
  }
})

test('after a restart the saved case is on the home page with its next deadline, and opening it shows the same timeline', async () => {
  const first = await bootWeapp({ now: SEPT_20, launch: ARTICLE_LAUNCH })
  await first.settle()
  await fillIntake(first, { servedOn: '2026-09-16' })
  await first.close()

  const app = await bootWeapp({ now: SEPT_20 + 86_400_000, storage: first.storage })
  try {
    await app.settle()
    assert.equal(app.route(), 'pages/index/index')
    assert.match(app.text(), /2026年10月8日/)
    assert.match(app.text(), /还剩 17 天/)
    await app.press(/重庆蚂蚁消费金融有限公司/)
    assert.equal(app.route(), 'case/pages/detail/index')
    assert.match(app.text(), /法定最后一天：\n?2026年10月8日（周四）/)
    app.assertHealthy()
  } finally {
    await app.close()
  }
})

test('tapping 提醒我 opens WeChat\'s consent inside the tap with at most 3 templates, and the case\'s reminders are scheduled on the service', async () => {
  const app = await bootWeapp(online)
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
