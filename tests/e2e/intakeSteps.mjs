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
