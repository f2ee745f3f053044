import { test } from 'node:test'
import assert from 'node:assert/strict'
import { openApp } from './browser.mjs'

test('the home page explains the app and links to the about page with the not-legal-advice notice', async () => {
  const app = await openApp()
  try {
    const { page } = app
    await page.goto(app.url)
    await page.getByText('新建案件', { exact: false }).or(page.getByText('收到法院的传票')).first().waitFor()
    assert.match(await page.getByTestId('disclaimer').first().innerText(), /不构成法律意见/)
    await page.getByTestId('open-about').click()
    await page.getByTestId('about-not-advice').waitFor()
    assert.match(await page.getByTestId('about-data').innerText(), /只保存在你的手机上/)
    assert.match(page.url(), /#\/info\/pages\/about\/index/)
    assert.deepEqual(app.errors, [])
  } finally {
    await app.close()
  }
})
