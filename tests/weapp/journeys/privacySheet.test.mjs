/**
 * The privacy flow in the WeChat build. On base libraries 2.32.3–3.4.1 WeChat asks our sheet before
 * the first addPhoneCalendar; from 3.4.2 it folds the privacy tick into its own calendar popup; below
 * 2.32.3 there is no privacy gate. In every case the calendar call starts inside the tap.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { bootWeapp } from '../harness.mjs'
import { SEPT_20, createCaseFromHome } from '../support/steps.mjs'
import { privacyText as p } from '../../../src/i18n/privacy.ts'
import { zhCNReminders } from '../../../src/i18n/reminders.ts'
import { detailText } from '../../../src/i18n/detail.ts'

const calendarButton = zhCNReminders.remindMe.calendarButton

async function onCaseDetail(options) {
  const app = await bootWeapp({ now: SEPT_20, ...options })
  await app.settle()
  await createCaseFromHome(app, { servedOn: '2026-09-16' })
  assert.equal(app.route(), 'case/pages/detail/index')
  return app
}

test('before the first calendar entry our sheet explains the calendar use; agreeing lets the held call finish, and it does not ask again', async () => {
  const app = await onCaseDetail({ baseLibrary: '3.3.0' })
  try {
    await app.press(calendarButton)
    const [held] = app.calls('addPhoneCalendar')
    assert.equal(held.inTap, true)
    assert.equal(held.result, undefined, 'WeChat holds the call while the sheet asks')
    assert.ok(app.has(p.sheet.needs(p.types.calendar.name)), app.text())
    assert.ok(app.has(p.types.calendar.purpose))
    assert.equal(app.calls('getPrivacySetting').length >= 1, true, 'the setting was read when the page was shown')

    await app.press(p.sheet.readGuide('《应诉助手小程序隐私保护指引》'))
    assert.equal(app.privacy.contractOpened, 1)
    await app.press(p.sheet.agree)
    assert.equal(held.result.ok, true)
    assert.equal(app.has(p.sheet.title), false, 'the sheet closes')
    assert.match(app.text(), /已加入手机日历 1 项/)
    assert.equal(app.privacy.agreed, true)

    await app.press(calendarButton)
    assert.deepEqual(app.privacy.popups.filter((x) => x.kind === 'app sheet').length, 1)
    assert.equal(app.calls('addPhoneCalendar')[1].result.ok, true)
    app.assertHealthy()
  } finally {
    await app.close()
  }
})

test('declining closes the sheet, says calmly that the calendar was not used, and the rest of the page keeps working', async () => {
  const app = await onCaseDetail({ baseLibrary: '3.3.0' })
  try {
    await app.press(calendarButton)
    await app.press(p.sheet.decline)
    assert.equal(app.calls('addPhoneCalendar')[0].result.errno, 104)
    assert.equal(app.has(p.sheet.title), false)
    assert.ok(app.has(p.outcome.declined(p.types.calendar.name)), app.text())
    assert.equal(app.device.calendar.length, 0)

    // Still usable: the timeline is there and 修改 opens the form.
    assert.match(app.text(), /法定最后一天：\n?2026年10月8日/)
    await app.press(detailText.edit)
    assert.equal(app.route(), 'case/pages/intake/index')
    app.assertHealthy()
  } finally {
    await app.close()
  }
})

test('when WeChat shows its own popup (base library 3.4.2+), our sheet stays closed and a refusal there is reported the same calm way', async () => {
  const app = await onCaseDetail({ baseLibrary: '3.7.12', user: { officialPrivacyPopup: 'disagree' } })
  try {
    await app.press(calendarButton)
    assert.deepEqual(app.privacy.popups.map((x) => x.kind), ['WeChat popup'])
    assert.equal(app.has(p.sheet.title), false)
    assert.ok(app.has(p.outcome.declined(p.types.calendar.name)), app.text())
    app.assertHealthy()
  } finally {
    await app.close()
  }
})

test('a calendar permission switched off in WeChat\'s settings is explained with where to turn it back on', async () => {
  const app = await onCaseDetail({ baseLibrary: '3.7.12', privacyAgreed: true, user: { authorize: { 'scope.addPhoneCalendar': 'deny' } } })
  try {
    await app.press(calendarButton)
    assert.equal(app.calls('addPhoneCalendar')[0].result.errMsg, 'addPhoneCalendar:fail auth deny')
    assert.ok(app.has(p.outcome.permissionOff(p.types.calendar.name)), app.text())
    app.assertHealthy()
  } finally {
    await app.close()
  }
})

test('on a base library without the privacy APIs the calendar works without any sheet', async () => {
  const app = await onCaseDetail({ baseLibrary: '2.30.0' })
  try {
    await app.press(calendarButton)
    assert.equal(app.calls('getPrivacySetting').length, 0)
    assert.match(app.text(), /已加入手机日历 1 项/)
    app.assertHealthy()
  } finally {
    await app.close()
  }
})
