/**
 * A hand walk through the H5 build at 375×667 for issue 21 (hearing outline, collection record with a photo, letter),
 * taking screenshots into SHOTS_DIR (default /work/shots/21b). Not a test: run it after npm run build:h5 and look at
 * the pictures. The same flows are asserted in hearingCollection.e2e.test.mjs.
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { openApp, SMALL_PHONE } from './browser.mjs'
import { createCaseWithHearing, PHOTO, SEPT_20, fillAnswer, recordCollectionCall } from './hearingCollectionSteps.mjs'

const dir = process.env.SHOTS_DIR ?? '/work/shots/21b'
mkdirSync(dir, { recursive: true })
const app = await openApp({ viewport: SMALL_PHONE })
const shot = async (name) => { await app.page.waitForTimeout(600); await app.page.screenshot({ path: join(dir, `${name}.png`) }); console.log('shot', name) }
/** Screenshots down a long page: each element containing one of `texts`, scrolled into view. */
const along = async (name, texts) => {
  for (const [i, text] of texts.entries()) {
    await app.page.getByText(text, { exact: false }).locator('visible=true').first().scrollIntoViewIfNeeded()
    await shot(`${name}-${i + 1}`)
  }
}
try {
  const { page } = app
  await page.clock.setFixedTime(SEPT_20)
  await page.goto(app.url)
  await createCaseWithHearing(page)
  await shot('01-case-page')
  await page.getByTestId('doc-links-hearing').scrollIntoViewIfNeeded()
  await shot('02-hearing-card-link')
  await fillAnswer(page)
  await shot('03-answer-filled')
  await page.goBack()
  await page.getByTestId('doc-link-hearing-hearing_outline').click()
  await page.getByTestId('outline-keep').waitFor()
  await shot('04-outline-top')
  await along('05-outline', ['（自己看的，不交给法院）', '答辩状里没有填的', '开庭要带的'])
  await page.getByTestId('summons-online').click()
  await page.getByTestId('paper').filter({ hasText: '在线开庭' }).waitFor()
  await along('06-outline-online', ['三、在线开庭', '断线'])
  await page.goBack()
  await page.getByTestId('collection-card').scrollIntoViewIfNeeded()
  await shot('07-collection-card')
  await page.getByTestId('open-collection').click()
  await page.getByTestId('record-empty').waitFor()
  await shot('08-collection-page')
  await page.getByTestId('conduct-head-third_party_contact').click()
  await page.getByTestId('rule-third_party_contact-0').click()
  await shot('09-conduct-rule-open')
  await recordCollectionCall(page, PHOTO)
  await along('10-entry', ['哪一天', '还联系了谁', '截图、照片'])
  await page.getByTestId('entry-done').click()
  await page.getByTestId('record-summary').waitFor()
  await along('11-record', ['我的催收记录', '要求对方停止'])
  await page.getByTestId('write-letter').click()
  await page.getByTestId('doc-note').waitFor()
  await along('12-letter-form', ['对方说的是哪一笔', '以后只允许对方怎么联系你'])
  await page.getByTestId('to-preview').click()
  await page.getByTestId('paper').waitFor()
  await along('13-letter-preview', ['要求停止违规催收的函', '三、今后只通过下列方式', '本人（签名）'])
  await page.goBack()
  await page.goBack()
  await page.getByTestId('record-sheet').click()
  await page.getByTestId('paper').waitFor()
  await along('14-record-sheet', ['预览：催收记录表', '催收方：'])
  await page.goBack()
  await page.getByTestId('write-complaint').click()
  await page.getByTestId('to-preview').click()
  await page.getByTestId('paper').waitFor()
  await along('15-complaint', ['投诉请求', '事实和理由', '附件'])
  if (app.errors.length) console.log('page errors:', app.errors)
} finally {
  await app.close()
}
