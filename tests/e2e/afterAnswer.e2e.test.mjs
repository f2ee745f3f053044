/**
 * After the answer (issue 21), tried as a new user would at 375×667: a 民初 judgment served 2026-09-16 offers the
 * 民事上诉状 with its last day (2026-10-08, 民事诉讼法第一百七十一条) and its fee on the 20,000 yuan claimed (300
 * yuan, 诉讼费用交纳办法第十七条), says where to file it and how many copies, and downloads as a .docx that reads
 * back; a small-claims judgment offers no appeal (第一百六十五条); the 质证意见 warns before a 认可 is printed
 * (证据规定第三条). Screenshots go to $SHOTS_DIR (default .shots).
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdir, readFile } from 'node:fs/promises'
import mammoth from 'mammoth'
import { openApp, SMALL_PHONE } from './browser.mjs'
import { createCaseFromHome, fill } from './intakeSteps.mjs'

const SEPT_20 = new Date('2026-09-20T10:00:00+08:00')
const SHOTS = process.env.SHOTS_DIR ?? '.shots'

/** From the home page: a judgment served 2026-09-16 at 杭州互联网法院, 20,000 yuan principal claimed. */
async function enterJudgment(page, procedure, caseNumber) {
  await page.getByTestId('new-case').click()
  await page.getByTestId('doc-judgment').click()
  await page.getByTestId('next').click()
  await page.getByTestId('step-1').waitFor()
  await fill(page, 'judgmentServedOn', '2026-09-16')
  await page.getByTestId('next').click()
  await page.getByTestId('step-2').waitFor()
  await fill(page, 'court', '杭州互联网法院')
  await fill(page, 'caseNumber', caseNumber)
  await page.getByTestId('case-number-recognised').waitFor()
  await page.getByTestId(`procedure-${procedure}`).click()
  await page.getByTestId('next').click()
  await page.getByTestId('step-3').waitFor()
  await page.getByTestId('lender-alipay').click()
  await fill(page, 'principal', '20000')
  await page.getByTestId('save').click()
  await page.getByTestId('open-documents').waitFor()
}

/** Scrolls an element into view and takes the screen as the user sees it. */
async function shoot(page, testId, name) {
  await page.getByTestId(testId).scrollIntoViewIfNeeded()
  await page.waitForTimeout(300)
  await page.screenshot({ path: `${SHOTS}/${name}.png` })
}

test('a 民初 judgment offers the appeal with its deadline and fee, and the appeal downloads as a .docx that reads back (375×667)', async () => {
  await mkdir(SHOTS, { recursive: true })
  const app = await openApp({ viewport: SMALL_PHONE })
  try {
    const { page } = app
    await page.clock.setFixedTime(SEPT_20)
    await page.goto(app.url)
    await enterJudgment(page, 'ordinary', '(2026)浙0192民初1234号')
    await page.getByTestId('doc-link-appeal_judgment-appeal').waitFor()
    await shoot(page, 'doc-link-appeal_judgment-appeal', 'appeal-timeline-card')

    await page.getByTestId('open-documents').click()
    await page.getByTestId('document-list').waitFor()
    const order = await page.getByTestId('document-list').locator('[data-testid^="doc-entry-"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')))
    assert.deepEqual(order.slice(0, 2), ['doc-entry-appeal', 'doc-entry-fee_relief'])
    assert.match(await page.getByTestId('doc-due-appeal').innerText(), /2026年10月8日.*还剩 18 天/)
    assert.match(await page.getByTestId('doc-fee-appeal').innerText(), /上诉费约 300\.00 元/)
    await shoot(page, 'doc-entry-appeal', 'appeal-list')

    await page.getByTestId('open-doc-appeal').click()
    await page.getByTestId('after-answer-filing').waitFor()
    assert.match(await page.getByTestId('filing-place').innerText(), /原审法院/)
    assert.match(await page.getByTestId('appeal-fee-amount').innerText(), /约 300\.00 元.*20,000\.00 元/)
    await shoot(page, 'after-answer-filing', 'appeal-form-filing')
    await fill(page, 'party-name', '张三')
    await page.getByTestId('appealRequests-amend').click()
    await fill(page, 'judgmentItems', '一')
    await fill(page, 'amendTo', '上诉人向被上诉人偿还借款本金9,000元')
    await page.getByTestId('appealGrounds-principal_not_received').click()
    await fill(page, 'appealCourt', '浙江省杭州市中级人民法院')
    await shoot(page, 'field-appealRequests', 'appeal-form-requests')

    await page.getByTestId('to-preview').click()
    await page.getByTestId('paper').waitFor()
    await shoot(page, 'paper', 'appeal-preview')
    const download = page.waitForEvent('download')
    await page.getByTestId('export-docx').click()
    const file = await (await download).path()
    const { value } = await mammoth.extractRawText({ buffer: await readFile(file) })
    assert.match(value, /民事上诉状/)
    assert.match(value, /不服杭州互联网法院.*（2026）浙0192民初1234号民事判决，现提起上诉/)
    assert.match(value, /依法改判：上诉人向被上诉人偿还借款本金9,000元/)
    assert.match(value, /附：本上诉状副本1份/)
    assert.deepEqual(app.errors, [])
  } finally {
    await app.close()
  }
})

test('a small-claims judgment offers no appeal (375×667)', async () => {
  await mkdir(SHOTS, { recursive: true })
  const app = await openApp({ viewport: SMALL_PHONE })
  try {
    const { page } = app
    await page.clock.setFixedTime(SEPT_20)
    await page.goto(app.url)
    await enterJudgment(page, 'small_claims', '(2026)浙0192民初1235号')
    await page.getByTestId('open-documents').click()
    await page.getByTestId('document-list').waitFor()
    assert.equal(await page.getByTestId('doc-entry-appeal').count(), 0)
    assert.equal(await page.getByTestId('doc-fee-appeal').count(), 0)
    await page.waitForTimeout(500) // the page slides in
    await page.screenshot({ path: `${SHOTS}/small-claims-list.png` })
    assert.deepEqual(app.errors, [])
  } finally {
    await app.close()
  }
})

test('the 质证意见 of a case awaiting its hearing warns before a 认可 is printed (375×667)', async () => {
  await mkdir(SHOTS, { recursive: true })
  const app = await openApp({ viewport: SMALL_PHONE })
  try {
    const { page } = app
    await page.clock.setFixedTime(SEPT_20)
    await page.goto(app.url)
    await createCaseFromHome(page, { servedOn: '2026-09-16' })
    await page.getByTestId('open-documents').click()
    await page.getByTestId('document-list').waitFor()
    await page.getByTestId('open-doc-evidence_opinion').scrollIntoViewIfNeeded()
    await page.getByTestId('open-doc-evidence_opinion').click()
    await page.getByTestId('exhibit-editor').waitFor()
    await page.getByTestId('add-exhibit-loan_contract').click()
    await page.getByTestId('exhibit-1-authenticity-unsure').click()
    await page.getByTestId('exhibit-1-authenticity-suggest').click()
    await shoot(page, 'exhibit-1-authenticity', 'evidence-opinion-exhibit')
    await page.getByTestId('exhibit-1-legality-accept').click()
    await page.getByTestId('warning-admission').waitFor()
    await shoot(page, 'after-answer-warnings', 'evidence-opinion-warning')
    await page.getByTestId('to-preview').click()
    await page.getByTestId('paper').waitFor()
    assert.match(await page.getByTestId('paper').innerText(), /借款合同（电子协议）/)
    await shoot(page, 'paper', 'evidence-opinion-preview')
    assert.deepEqual(app.errors, [])
  } finally {
    await app.close()
  }
})
