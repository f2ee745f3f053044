/**
 * Issue 21 in the browser build at 375×667: a 民初 case with a hearing ahead gives a hearing outline whose lines come
 * from the answer the user filled, with the online section once the notice is said to be 在线, as a .docx download;
 * a collection call recorded with a photo (kept in the browser's IndexedDB) feeds the stop letter and the record sheet,
 * and deleting the case deletes the photo.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { openApp, SMALL_PHONE } from './browser.mjs'
import { createCaseWithHearing, fillAnswer, PHOTO, REASON, recordCollectionCall, SEPT_20 } from './hearingCollectionSteps.mjs'

const storedPhotos = (page) => page.evaluate(() => new Promise((resolve) => {
  const req = indexedDB.open('yingsu-evidence', 1)
  req.onupgradeneeded = () => req.result.createObjectStore('photos', { keyPath: 'key' }).createIndex('caseId', 'caseId')
  req.onsuccess = () => {
    const all = req.result.transaction('photos').objectStore('photos').getAll()
    all.onsuccess = () => resolve(all.result.map((r) => r.caseId))
  }
}))

test('the hearing outline from the answer, online on request, and the collection record with a photo feeding the letter and the record sheet', async () => {
  const app = await openApp({ viewport: SMALL_PHONE })
  try {
    const { page } = app
    await page.clock.setFixedTime(SEPT_20)
    await page.goto(app.url)
    await createCaseWithHearing(page)
    await fillAnswer(page)
    await page.goBack()

    // The hearing card links the outline; its first lines are the answer's.
    await page.getByTestId('doc-link-hearing-hearing_outline').click()
    const paper = page.getByTestId('paper').locator('visible=true')
    await paper.filter({ hasText: '庭审提纲' }).waitFor()
    const outline = await paper.innerText()
    assert.match(outline, /对本金有无异议\s*我的意见：有异议\s*理由：实际到手只有9,000元，少于起诉的本金。/)
    assert.ok(outline.includes(REASON))
    assert.doesNotMatch(outline, /在线开庭/)
    await page.getByTestId('summons-online').click()
    await paper.filter({ hasText: '在线开庭' }).waitFor()
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-docx').locator('visible=true').click()])
    assert.match(download.suggestedFilename(), /^庭审提纲.*\.docx$/)
    await page.goBack()

    // The collection page from the case; one call recorded with a photo.
    await page.getByTestId('open-collection').click()
    await page.getByTestId('record-empty').waitFor()
    await recordCollectionCall(page, PHOTO)
    await page.getByTestId('entry-done').click()
    await page.getByTestId('record-summary').filter({ hasText: '共 1 条' }).waitFor()
    assert.equal((await storedPhotos(page)).length, 1)

    // The letter starts from the record, admitting nothing.
    await page.getByTestId('write-letter').click()
    await page.getByTestId('to-preview').locator('visible=true').click()
    await paper.filter({ hasText: '要求停止违规催收的函' }).waitFor()
    const letter = await paper.innerText()
    assert.ok(letter.includes('联系本人的家人') && letter.includes('其中夜间（22时至次日8时）1次'), letter)
    assert.ok(letter.includes('不是对贵司所主张债务的存在、数额或者履行期限的承认'))
    assert.doesNotMatch(letter, /欠款|愿意偿还|承诺于/)
    await page.goBack()
    await page.goBack()

    // The record sheet numbers the screenshot.
    await page.getByTestId('record-sheet').click()
    await paper.filter({ hasText: '催收记录表' }).waitFor()
    assert.match(await paper.innerText(), /22:40（夜间）[\s\S]*截图：1-1/)
    await page.goBack()
    await page.goBack()

    // Deleting the case deletes the photo.
    await page.getByTestId('delete-case').locator('visible=true').click()
    await page.locator('.taro-model__confirm').click()
    await page.getByTestId('new-case').waitFor()
    assert.deepEqual(await storedPhotos(page), [])
    const keys = await page.evaluate(() => Object.keys(window.localStorage).filter((k) => /collection/.test(k)))
    assert.deepEqual(keys, [])
    assert.deepEqual(app.errors, [])
  } finally {
    await app.close()
  }
})
