import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import mammoth from 'mammoth'
import { openApp } from './browser.mjs'
import { fill } from './intakeSteps.mjs'

// 2026-09-20 10:00 北京时间：送达（09-16）之后、国庆之前，答辩期到 10 月 8 日。
const SEPT_20 = new Date('2026-09-20T10:00:00+08:00')

/** 新建案件：9 月 16 日邮寄送达起诉状副本，杭州互联网法院，本金 10,000 元、利息 1,234.56 元。 */
async function createServedCase(page) {
  await page.getByTestId('new-case').click()
  await page.getByTestId('doc-complaint').click()
  await page.getByTestId('next').click()
  await page.getByTestId('method-mail').click()
  await fill(page, 'servedOn', '2026-09-16')
  await page.getByTestId('next').click()
  await page.getByTestId('step-2').waitFor()
  await fill(page, 'court', '杭州互联网法院')
  await fill(page, 'caseNumber', '(2026)浙0192民初1234号')
  await page.getByTestId('case-number-recognised').waitFor()
  await page.getByTestId('procedure-ordinary').click()
  await page.getByTestId('next').click()
  await page.getByTestId('step-3').waitFor()
  await page.getByTestId('lender-alipay').click()
  await fill(page, 'principal', '10000')
  await fill(page, 'interest', '1234.56')
  await page.getByTestId('save').click()
  await page.getByTestId('due-answer').waitFor()
}

test('for the case served 2026-09-16 the answer is offered first and the jurisdiction objection after it as optional, and the 要素式 answer downloads as a .docx that reads back with the case number, the court and the amounts', async () => {
  const app = await openApp()
  try {
    const { page } = app
    await page.clock.setFixedTime(SEPT_20)
    await page.goto(app.url)
    await createServedCase(page)

    // Each deadline card links the document it serves.
    await page.getByTestId('doc-link-jurisdiction_objection-jurisdiction_objection').waitFor()
    await page.getByTestId('doc-link-answer-answer').waitFor()

    await page.getByTestId('open-documents').click()
    await page.getByTestId('document-list').waitFor()
    const order = await page.getByTestId('document-list').locator('[data-testid^="doc-entry-"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')))
    assert.deepEqual(order.slice(0, 2), ['doc-entry-answer', 'doc-entry-jurisdiction_objection'])
    assert.match(await page.getByTestId('doc-due-jurisdiction_objection').innerText(), /2026年10月8日.*还剩 18 天/)

    await page.getByTestId('open-doc-answer').click()
    await page.getByTestId('party-form').waitFor()
    await fill(page, 'party-name', '张三')
    await page.getByTestId('party-gender-男').click()
    await page.getByTestId('stance-interest-object').click()
    await page.getByTestId('input-reason-interest').locator('textarea').fill('利息、罚息合计过高，请求调减。')
    await page.getByTestId('to-preview').click()
    await page.getByTestId('paper').waitFor()
    assert.match(await page.getByTestId('paper').innerText(), /民事答辩状（金融借款合同纠纷）/)

    await page.evaluate(() => {
      const create = URL.createObjectURL.bind(URL)
      URL.createObjectURL = (blob) => { window.__lastBlobType = blob.type; return create(blob) }
    })
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-docx').click()])
    assert.match(download.suggestedFilename(), /^民事答辩状（金融借款合同纠纷）.*浙0192民初1234号\.docx$/)
    assert.equal(await page.evaluate(() => window.__lastBlobType), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')
    const bytes = await readFile(await download.path())
    const { value: text } = await mammoth.extractRawText({ buffer: bytes })
    assert.match(text, /（2026）浙0192民初1234号/)
    assert.match(text, /杭州互联网法院/)
    assert.match(text, /本金10,000\.00元（人民币壹万元整）/)
    assert.match(text, /利息1,234\.56元（人民币壹仟贰佰叁拾肆元伍角陆分）/)
    assert.match(text, /利息、罚息合计过高，请求调减。/)
    assert.match(text, /姓名：张三/)
    assert.deepEqual(app.errors, [])
  } finally {
    await app.close()
  }
})

test('a half-filled document is a draft that survives a reload, and the party details can be left off the phone', async () => {
  const app = await openApp()
  try {
    const { page } = app
    await page.clock.setFixedTime(SEPT_20)
    await page.goto(app.url)
    await createServedCase(page)
    await page.getByTestId('doc-link-jurisdiction_objection-jurisdiction_objection').click()
    await page.getByTestId('party-form').waitFor()
    await fill(page, 'targetCourt', '杭州市西湖区人民法院')
    await page.getByTestId('reasons-standard_clause_not_alerted').click()
    await fill(page, 'party-name', '李四')
    await page.getByTestId('party-keep').click()
    await page.getByTestId('party-not-kept').waitFor()
    await page.reload()
    await page.getByTestId('party-form').waitFor()
    assert.equal(await page.getByTestId('input-targetCourt').locator('input').inputValue(), '杭州市西湖区人民法院')
    assert.equal(await page.getByTestId('reasons-standard_clause_not_alerted').getAttribute('aria-checked'), 'true')
    assert.equal(await page.getByTestId('input-party-name').locator('input').inputValue(), '')
    const stored = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('yingsu:documents:')).map((k) => localStorage.getItem(k)).join(''))
    assert.doesNotMatch(stored, /李四/)
    assert.deepEqual(app.errors, [])
  } finally {
    await app.close()
  }
})
