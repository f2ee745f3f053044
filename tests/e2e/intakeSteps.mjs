/** 在 Taro 的 Input 里输入：真实浏览器里填内层的 <input>。 */
export async function fill(page, testId, value) {
  await page.getByTestId(`input-${testId}`).locator('input').fill(value)
}

/**
 * 从首页走完新建案件的四步：收到起诉状副本，按 method 送达于 servedOn，填案号，选程序和原告，保存，
 * 等到详情页出现答辩期。
 */
export async function createCaseFromHome(page, { servedOn, method = 'mail', caseNumber = '(2026)浙0192民初1234号', procedure = 'ordinary', lender = 'alipay' }) {
  await page.getByTestId('new-case').click()
  await page.getByTestId('doc-complaint').click()
  await page.getByTestId('next').click()
  await page.getByTestId('step-1').waitFor()
  await page.getByTestId(`method-${method}`).click()
  await fill(page, 'servedOn', servedOn)
  await page.getByTestId('next').click()
  await page.getByTestId('step-2').waitFor()
  await fill(page, 'caseNumber', caseNumber)
  await page.getByTestId('case-number-recognised').waitFor()
  await page.getByTestId(`procedure-${procedure}`).click()
  await page.getByTestId('next').click()
  await page.getByTestId('step-3').waitFor()
  await page.getByTestId(`lender-${lender}`).click()
  await page.getByTestId('save').click()
  await page.getByTestId('due-answer').waitFor()
}

/**
 * 起诉状副本 and 传票 served by mail on 2026-09-16, hearing 2026-10-20 at `hearingTime`. By default at a district
 * court (not an internet court) under 普通程序; `court`/`caseNumber` null leave those fields empty.
 */
export async function createCaseWithHearing(page, { hearingTime = '09:30', procedure = 'ordinary', court = '杭州市西湖区人民法院', caseNumber = '(2026)浙0106民初55号' } = {}) {
  await page.getByTestId('new-case').click()
  await page.getByTestId('doc-complaint').click()
  await page.getByTestId('doc-summons').click()
  await page.getByTestId('next').click()
  await page.getByTestId('step-1').waitFor()
  await page.getByTestId('method-mail').click()
  await fill(page, 'servedOn', '2026-09-16')
  await fill(page, 'hearingDate', '2026-10-20')
  await fill(page, 'hearingTime', hearingTime)
  await page.getByTestId('next').click()
  await page.getByTestId('step-2').waitFor()
  if (court !== null) await fill(page, 'court', court)
  if (caseNumber !== null) {
    await fill(page, 'caseNumber', caseNumber)
    await page.getByTestId('case-number-recognised').waitFor()
  }
  await page.getByTestId(`procedure-${procedure}`).click()
  await page.getByTestId('next').click()
  await page.getByTestId('step-3').waitFor()
  await page.getByTestId('lender-alipay').click()
  await page.getByTestId('save').click()
  await page.getByTestId('due-answer').waitFor()
}
