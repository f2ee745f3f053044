import { test } from 'node:test'
import assert from 'node:assert/strict'
import { openApp } from './browser.mjs'
import { createCaseFromHome, fill } from './intakeSteps.mjs'

// 2026-09-20 10:00 北京时间：送达（09-16）之后、国庆之前，剩余天数因此固定。
const SEPT_20 = new Date('2026-09-20T10:00:00+08:00')

test('a case served on 2026-09-16 shows the answer deadline 2026-10-08 with its roll-over line and citation, and survives a reload', async () => {
  const app = await openApp()
  try {
    const { page } = app
    await page.clock.setFixedTime(SEPT_20)
    await page.goto(app.url)
    await createCaseFromHome(page, { servedOn: '2026-09-16' })

    const due = page.getByTestId('due-answer')
    await due.waitFor()
    assert.match(await due.innerText(), /2026年10月8日/)
    assert.match(await page.getByTestId('rollover-answer').innerText(), /10月1日是国庆节假期，顺延至10月8日/)
    assert.match(await page.getByTestId('days-left-answer').innerText(), /还剩 18 天/)
    await page.getByTestId('fold-basis-answer').click()
    const citation = page.getByTestId('basis-answer-0')
    assert.equal((await citation.innerText()).trim(), '《民事诉讼法第一百二十八条》')
    await citation.click()
    assert.match(await page.getByTestId('law-text-answer-0').innerText(), /十五日内提出答辩状/)

    await page.reload()
    await page.getByTestId('due-answer').waitFor()
    assert.match(await page.getByTestId('due-answer').innerText(), /2026年10月8日/)

    // 修改：表单预填，改送达日期后回到同一个详情页，显示新的期限（9-08 + 15 = 9-23，周三）。
    await page.getByTestId('edit-case').click()
    await page.getByTestId('step-0').waitFor()
    await page.getByTestId('next').click()
    await fill(page, 'servedOn', '2026-09-08')
    await page.getByTestId('next').click()
    await page.getByTestId('step-2').waitFor()
    await page.getByTestId('next').click()
    await page.getByTestId('step-3').waitFor()
    await page.getByTestId('save').click()
    await page.getByTestId('due-answer').locator('visible=true').filter({ hasText: '2026年9月23日' }).waitFor()
    assert.equal(await page.getByTestId('timeline').count(), 1)

    await page.goto(`${app.url}#/pages/index/index`)
    await page.reload()
    const list = page.getByTestId('case-list')
    await list.waitFor()
    assert.match(await list.innerText(), /重庆蚂蚁消费金融有限公司/)
    assert.match(await list.innerText(), /还剩 3 天/)
    assert.deepEqual(app.errors, [])
  } finally {
    await app.close()
  }
})

test('a mini-program scene opens intake with the lender chosen, and a malformed scene starts normally', async () => {
  const app = await openApp()
  try {
    const { page } = app
    await page.clock.setFixedTime(SEPT_20)
    await page.goto(`${app.url}#/pages/index/index?scene=%25E4%25B8`)
    await page.getByTestId('new-case').waitFor()
    assert.doesNotMatch(page.url(), /case\/pages\/intake/)

    await page.goto(`${app.url}#/pages/index/index?scene=${encodeURIComponent('s=art0308&l=mybank')}`)
    await page.reload()
    await page.getByTestId('step-0').waitFor()
    const attribution = await page.evaluate(() => window.localStorage.getItem('yingsu:attribution:v1'))
    assert.match(attribution ?? '', /art0308/)
    assert.deepEqual(app.errors, [])
  } finally {
    await app.close()
  }
})
