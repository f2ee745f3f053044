import { test } from 'node:test'
import assert from 'node:assert/strict'
import { openApp } from './browser.mjs'
import { createCaseFromHome, fill } from './intakeSteps.mjs'

// 2026-09-20 10:00 北京时间：送达（09-16）之后，答辩期内。
const SEPT_20 = new Date('2026-09-20T10:00:00+08:00')
// A 1×1 PNG, as if taken with the phone's camera.
const PHOTO = { name: 'contract.png', mimeType: 'image/png', buffer: Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64') }

/** Rows in the browser's IndexedDB photo store, per case id. */
const storedPhotos = (page) => page.evaluate(() => new Promise((resolve) => {
  const req = indexedDB.open('yingsu-evidence', 1)
  req.onupgradeneeded = () => req.result.createObjectStore('photos', { keyPath: 'key' }).createIndex('caseId', 'caseId')
  req.onsuccess = () => {
    const all = req.result.transaction('photos').objectStore('photos').getAll()
    all.onsuccess = () => resolve(all.result.map((r) => ({ caseId: r.caseId, size: r.blob.size })))
  }
}))

test('preparing the 2026-09-16 case: two items ready and a photo on the phone show 已准备 2/… on the timeline; the claim check opens with its conclusion, the cap as courts apply it, the IRR and the fee with how they were computed; deleting the case deletes the photo', async () => {
  const app = await openApp()
  try {
    const { page } = app
    await page.clock.setFixedTime(SEPT_20)
    await page.goto(app.url)
    await createCaseFromHome(page, { servedOn: '2026-09-16' })
    assert.match(await page.getByTestId('prepare-progress').innerText(), /证据已准备 0\/12/)

    // 证据清单：两项标为已准备，给借款合同拍一张照片（浏览器的文件选择框）。
    await page.getByTestId('open-checklist').click()
    await page.getByTestId('progress-count').filter({ hasText: '已准备 0/12' }).waitFor()
    await page.getByTestId('item-head-loan_agreement').click()
    await page.getByTestId('status-loan_agreement-ready').click()
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('add-photo-loan_agreement').click()])
    await chooser.setFiles(PHOTO)
    await page.getByTestId('photo-message-loan_agreement').filter({ hasText: '已添加 1 张照片' }).waitFor()
    await page.getByTestId('photos-loan_agreement').locator('img').first().waitFor()
    await page.getByTestId('item-head-loan_records').click()
    await page.getByTestId('status-loan_records-ready').click()
    await page.getByTestId('progress-count').filter({ hasText: '已准备 2/12' }).waitFor()
    const photos = await storedPhotos(page)
    assert.equal(photos.length, 1)
    assert.equal(photos[0].size, PHOTO.buffer.length)

    // 回到时间线：进度跟着变。
    await page.goBack()
    await page.getByTestId('prepare-progress').filter({ hasText: '证据已准备 2/12' }).waitFor()

    // 首页列表也显示进度。
    await page.goto(`${app.url}#/pages/index/index`)
    await page.reload()
    await page.getByTestId('case-list').filter({ hasText: '证据已准备 2/12' }).waitFor()
    await page.getByTestId('case-list').locator('.card').first().click()
    await page.getByTestId('prepare-progress').waitFor()

    // 核对诉讼请求：到手 9,500（合同 10,000），起诉本金 10,000、利息 2,500。
    await page.getByTestId('open-claim-check').click()
    await fill(page, 'receivedAmount', '9,500元')
    await fill(page, 'receivedOn', '2025-09-16')
    await fill(page, 'contractAmount', '10000')
    await fill(page, 'principal', '10000')
    await fill(page, 'interest', '2500')
    await fill(page, 'claimedAsOf', '2026-09-01')
    await page.getByTestId('run-check').click()
    // The conclusion comes first: 9,500 × 24% × 350 / 365 = 2,186.30 allowed against 3,000 charged.
    await page.getByTestId('conclusion-headline').filter({ hasText: '利息、费用比上限多 813.70 元' }).waitFor()
    assert.match(await page.getByTestId('cap-result').innerText(), /超过上限 813\.70 元[\s\S]*参考/)
    await page.getByTestId('how-toggle-cap').click()
    assert.match(await page.getByTestId('cap-period-0').innerText(), /本金 9,500\.00 元 × 24\.00% × 350 天 ÷ 365 = 2,186\.30 元/)
    // The annual rate (IRR) does not decide the cap: it is folded under one toggle.
    assert.equal(await page.getByTestId('cost-claim').count(), 0)
    await page.getByTestId('how-toggle-costs').click()
    const cost = page.getByTestId('cost-claim')
    await cost.waitFor()
    assert.match(await page.getByTestId('cost-claim-nominal').innerText(), /名义年利率 \d+\.\d\d%/)
    assert.match(await page.getByTestId('cost-claim-effective').innerText(), /实际年利率（按复利折算）\d+\.\d\d%/)
    assert.match(await page.getByTestId('cost-claim-not-cap').innerText(), /不用它判断是否超过上限/)
    await page.getByTestId('how-toggle-cost-claim').click()
    const how = await page.getByTestId('how-body-cost-claim').innerText()
    assert.match(how, /一年按 365 天/)
    assert.match(how, /算头不算尾/)
    assert.match(how, /2025年9月16日，拿到 9,500\.00 元/)
    assert.match(how, /2026年9月1日，付出 12,500\.00 元/)
    // The case was entered as ordinary procedure: 12,500 × 2.5% − 200 = 112.50 (诉讼费用交纳办法第十三条).
    assert.match(await page.getByTestId('fee-amount').innerText(), /案件受理费约 112\.50 元/)
    await page.getByTestId('how-toggle-fee').click()
    assert.match(await page.getByTestId('how-body-fee').innerText(), /按起诉金额 12,500\.00 元计算/)
    assert.match(await page.getByTestId('points').innerText(), /实际到手金额为9,500\.00元/)

    // 删除案件：照片跟着删除。
    await page.goBack()
    await page.getByTestId('delete-case').waitFor()
    await page.getByTestId('delete-case').click()
    await page.locator('.taro-model__confirm').click()
    await page.getByTestId('new-case').waitFor()
    assert.deepEqual(await storedPhotos(page), [])
    const keys = await page.evaluate(() => Object.keys(window.localStorage).filter((k) => /evidence|claim-check/.test(k)))
    assert.deepEqual(keys, [])
    assert.deepEqual(app.errors, [])
  } finally {
    await app.close()
  }
})
