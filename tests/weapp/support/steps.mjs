/**
 * Steps several journeys share. Labels come from the app's own catalogues, so a copy edit does not
 * break a journey while a missing button still does.
 */
import { intakeText } from '../../../src/i18n/intake.ts'

/** 2026-09-20 10:00 Beijing: after service on 09-16, before the National Day holiday (as tests/e2e). */
export const SEPT_20 = Date.parse('2026-09-20T10:00:00+08:00')
/** The article's mini-program code (seed-article.txt): source art0308, lender 花呗/借呗. WeChat hands the page the scene URL-encoded. */
export const ARTICLE_LAUNCH = { path: 'pages/index/index', query: { scene: encodeURIComponent('s=art0308&l=alipay') }, scene: 1047 }

/** Today's date in Beijing for a real clock ('YYYY-MM-DD'). */
export const todayInBeijing = (ms = Date.now()) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(ms))

/**
 * Goes through the four intake steps from the first one and saves: a 起诉状副本 served by `method`
 * on `servedOn`; lender only tapped when given (the article's scene pre-selects 花呗/借呗); court and
 * the claimed amounts (`amounts: { principal: '10000', interest: '1234.56' }`) only typed when given.
 */
export async function fillIntake(app, { servedOn, method = 'mail', caseNumber, court, procedure = 'ordinary', lender, amounts = {} } = {}) {
  const m = intakeText
  await app.press(m.documents.complaint)
  await app.press(m.next)
  await app.press(m.serviceMethods[method])
  app.fill(m.labels.servedOn, servedOn)
  await app.settle()
  await app.press(m.next)
  if (court) {
    app.fill(m.labels.court, court)
    await app.settle()
  }
  if (caseNumber) {
    app.fill(m.labels.caseNumber, caseNumber)
    await app.settle()
  }
  await app.press(m.procedures[procedure])
  await app.press(m.next)
  if (lender) await app.press(m.lenders[lender])
  for (const [field, value] of Object.entries(amounts)) {
    app.fill(m.labels[field], value)
    await app.settle()
  }
  await app.press(m.save)
}

/** From the home page: 新建案件, then fillIntake. */
export async function createCaseFromHome(app, options) {
  const { t } = await import('../../../src/i18n/index.ts')
  await app.press(t.home.newCase)
  await fillIntake(app, { lender: 'alipay', ...options })
}
