import { test } from 'node:test'
import assert from 'node:assert/strict'
import { bootWeapp } from '../harness.mjs'
import { ARTICLE_LAUNCH, SEPT_20, fillIntake } from '../support/steps.mjs'
import { t } from '../../../src/i18n/index.ts'
import { detailText } from '../../../src/i18n/detail.ts'
import { zhCNReminders } from '../../../src/i18n/reminders.ts'

test('a reader opens the app from the article\'s code, enters the case, sees the 2026-10-08 answer deadline, adds it to the phone calendar and deletes the case', async () => {
  const app = await bootWeapp({ now: SEPT_20, launch: ARTICLE_LAUNCH })
  try {
    await app.settle()
    // The scene opens the form straight away, with the lender from the code and the source noted on the phone.
    assert.deepEqual(app.stack(), ['pages/index/index', 'case/pages/intake/index'])
    assert.equal(app.calls('navigateTo')[0].args.url, '/case/pages/intake/index?s=art0308&l=alipay')
    assert.match([...app.storage.values()].join('\n'), /art0308/)

    await fillIntake(app, { servedOn: '2026-09-16', caseNumber: '(2026)浙0192民初1234号' })
    assert.equal(app.route(), 'case/pages/detail/index')
    assert.match(app.text(), /提交答辩状\n法定最后一天：2026年10月8日（周四）\n还剩 18 天\n10月1日是国庆节假期，顺延至10月8日/)
    assert.match(app.text(), /《民事诉讼法第一百二十八条》/)
    assert.match(app.text(), /重庆蚂蚁消费金融有限公司/)

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
    assert.match(app.text(), /法定最后一天：2026年10月8日（周四）/)
    app.assertHealthy()
  } finally {
    await app.close()
  }
})
