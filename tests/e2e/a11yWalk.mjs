/**
 * Every page of the H5 build, in the states a user meets (issue 20), at 375×667: a new user's home, the about page,
 * the four intake steps and a failed save, a new case, its checklist, the claim check with results, the documents
 * (list, answer form, preview), the hearing outline, the collection record and a new entry, the reminder settings,
 * home with a case, the same case after every deadline passed, and a judgment with its appeal (after the answer).
 * `visit(name)` is called once per state with the page settled; the accessibility test, bench:a11y and the screenshot
 * walk all go through here, so they see the same states.
 */
import { fill } from './intakeSteps.mjs'
import { SEPT_20 } from './hearingCollectionSteps.mjs'

/** Every deadline of the 2026-09-16 case has passed (answer 10-08, hearing 10-20). */
export const NOV_25 = new Date('2026-11-25T10:00:00+08:00')

/** The page on top of Taro's page stack (earlier pages stay in the DOM, hidden). */
const shown = (page, id) => page.getByTestId(id).locator('visible=true')

/** Waits for a test id on the page on top, then lets the page's slide-in animation finish. */
async function settle(page, id) {
  await shown(page, id).first().waitFor()
  await page.waitForTimeout(400)
}

/** The case of hearingCollectionSteps.mjs (served 2026-09-16, hearing 10-20), entered step by step, with a failed save. */
async function intakeWithHearing(page, visit) {
  await page.getByTestId('new-case').click()
  await page.getByTestId('doc-complaint').click()
  await page.getByTestId('doc-summons').click()
  await page.getByTestId('next').click()
  await settle(page, 'step-1')
  await page.getByTestId('method-mail').click()
  await fill(page, 'servedOn', '2026-09-16')
  await fill(page, 'hearingDate', '2026-10-20')
  await fill(page, 'hearingTime', '09:30')
  await visit('intake-dates')
  await page.getByTestId('next').click()
  await settle(page, 'step-2')
  await fill(page, 'court', '杭州市西湖区人民法院')
  await fill(page, 'caseNumber', '(2026)浙0106民初55号')
  await page.getByTestId('case-number-recognised').waitFor()
  await page.getByTestId('procedure-ordinary').click()
  await visit('intake-court')
  await page.getByTestId('next').click()
  await settle(page, 'step-3')
  await page.getByTestId('save').click()
  await settle(page, 'error-lenderKey')
  await visit('intake-lender-error')
  await page.getByTestId('lender-alipay').click()
  await fill(page, 'principal', '10000')
  await fill(page, 'interest', '2500')
  await page.getByTestId('save').click()
  await settle(page, 'next-step')
}

async function claimCheckWithResults(page, visit) {
  await shown(page, 'open-claim-check').click()
  await settle(page, 'run-check')
  await visit('claim-check-form')
  await fill(page, 'receivedAmount', '9,500元')
  await fill(page, 'receivedOn', '2025-09-16')
  await fill(page, 'contractAmount', '10000')
  await fill(page, 'principal', '10000')
  await fill(page, 'interest', '2500')
  await fill(page, 'claimedAsOf', '2026-09-01')
  await page.getByTestId('run-check').click()
  await settle(page, 'conclusion-headline')
  await visit('claim-check-results')
  await page.goBack()
}

async function documents(page, visit) {
  await shown(page, 'open-documents').click()
  await settle(page, 'document-list')
  await visit('documents-list')
  await shown(page, 'open-doc-answer').click()
  await settle(page, 'party-form')
  await fill(page, 'party-name', '张三')
  await page.getByTestId('stance-principal-object').click()
  await page.getByTestId('input-reason-principal').locator('textarea').fill('实际到手只有9,000元，少于起诉的本金。')
  await visit('documents-answer-form')
  await page.getByTestId('to-preview').click()
  await settle(page, 'paper')
  await visit('documents-preview')
  for (let i = 0; i < 3; i++) await page.goBack()
}

async function collection(page, visit) {
  await shown(page, 'collection-card').scrollIntoViewIfNeeded()
  await shown(page, 'open-collection').click()
  await settle(page, 'record-empty')
  await page.getByTestId('conduct-head-third_party_contact').click()
  await visit('collection')
  await page.getByTestId('add-entry').click()
  await settle(page, 'field-entry-on')
  await visit('collection-entry')
  await page.goBack()
  await page.goBack()
}

/** A 民初 judgment served 2026-11-20: the appeal is what comes after the answer (issue 21). */
async function judgmentAndAppeal(page, visit) {
  await page.getByTestId('new-case').click()
  await page.getByTestId('doc-judgment').click()
  await page.getByTestId('next').click()
  await shown(page, 'step-1').waitFor()
  await fill(page, 'judgmentServedOn', '2026-11-20')
  await page.getByTestId('next').click()
  await shown(page, 'step-2').waitFor()
  await fill(page, 'court', '杭州互联网法院')
  await fill(page, 'caseNumber', '(2026)浙0192民初1234号')
  await page.getByTestId('procedure-ordinary').click()
  await page.getByTestId('next').click()
  await shown(page, 'step-3').waitFor()
  await page.getByTestId('lender-alipay').click()
  await fill(page, 'principal', '20000')
  await page.getByTestId('save').click()
  await settle(page, 'next-step')
  await visit('case-judgment')
  await shown(page, 'open-documents').click()
  await settle(page, 'document-list')
  await shown(page, 'open-doc-appeal').click()
  await settle(page, 'after-answer-filing')
  await visit('after-answer-appeal-form')
  await page.getByTestId('to-preview').click()
  await settle(page, 'paper')
  await visit('after-answer-appeal-preview')
}

/**
 * Walks every page; `visit(name)` runs in each state and may scroll, but must leave the page where it is.
 */
export async function walkEveryPage({ page, url }, visit) {
  await page.clock.setFixedTime(SEPT_20)
  await page.goto(url)
  await settle(page, 'new-case')
  await visit('home-new-user')
  await page.goto(`${url}#/info/pages/about/index`)
  await settle(page, 'about-not-advice')
  await visit('about')
  await page.goto(`${url}#/pages/index/index`)
  await settle(page, 'new-case')

  await page.getByTestId('new-case').click()
  await settle(page, 'step-0')
  await visit('intake-documents')
  await page.goBack()
  await settle(page, 'new-case')
  await intakeWithHearing(page, visit)
  await visit('case-new')

  await shown(page, 'open-checklist').click()
  await settle(page, 'progress-count')
  await page.getByTestId('item-head-loan_agreement').click()
  await page.getByTestId('status-loan_agreement-ready').click()
  await visit('checklist')
  await page.goBack()
  await claimCheckWithResults(page, visit)
  await documents(page, visit)
  await shown(page, 'doc-link-hearing-hearing_outline').click()
  await settle(page, 'outline-keep')
  await visit('hearing-outline')
  await page.goBack()
  await collection(page, visit)

  await page.goto(`${url}#/reminders/pages/settings/index`)
  await page.reload()
  await settle(page, 'reminder-credits')
  await visit('reminders')

  await page.clock.setFixedTime(NOV_25)
  await page.goto(`${url}#/pages/index/index`)
  await page.reload()
  await settle(page, 'case-list')
  await visit('home-with-case')
  await page.getByTestId('case-list').locator('.card').first().click()
  await settle(page, 'next-step')
  await visit('case-overdue')
  await page.goto(`${url}#/pages/index/index`)
  await page.reload()
  await settle(page, 'new-case')
  await judgmentAndAppeal(page, visit)
}
