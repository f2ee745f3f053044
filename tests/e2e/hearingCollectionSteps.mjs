/** Steps the issue-21 browser checks share: a case with a hearing ahead, an answer, a collection call with a photo. */
import { fill } from './intakeSteps.mjs'

/** 2026-09-20 10:00 Beijing: served 09-16, hearing 10-20 ahead. */
export const SEPT_20 = new Date('2026-09-20T10:00:00+08:00')
/** A 1×1 PNG, as if a screenshot. */
export const PHOTO = { name: 'sms.png', mimeType: 'image/png', buffer: Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64') }
export { createCaseWithHearing } from './intakeSteps.mjs'

export const REASON = '实际到手只有9,000元，少于起诉的本金。'

/** The answer from its deadline card: 本金 有异议 with a reason, 标的总额 有异议. */
export async function fillAnswer(page) {
  await page.getByTestId('doc-link-answer-answer').click()
  await page.getByTestId('answer-items').waitFor()
  await page.getByTestId('stance-principal-object').click()
  await page.getByTestId('input-reason-principal').locator('textarea').fill(REASON)
  await page.getByTestId('stance-total-object').click()
}

/** 记一条 on the collection page: 22:40, a call from a number, the family contacted, threats, one screenshot. */
export async function recordCollectionCall(page, photo) {
  await page.getByTestId('add-entry').click()
  await page.getByTestId('field-entry-on').waitFor()
  await fill(page, 'entry-at', '22:40')
  await page.getByTestId('channel-call').click()
  await fill(page, 'entry-from', '0571-88886666')
  await page.getByTestId('input-entry-said').locator('textarea').fill('说明天去我单位，让我同事都知道')
  await page.getByTestId('others-family').click()
  await page.getByTestId('entry-conduct-threats').click()
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('add-entry-photo').click()])
  await chooser.setFiles(photo)
  await page.getByTestId('entry-photo-message').filter({ hasText: '已添加 1 张照片' }).waitFor()
  await page.getByTestId('entry-photos').locator('img').first().waitFor()
}
