import { test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdir } from 'node:fs/promises'
import { openApp, SMALL_PHONE } from './browser.mjs'
import { createCaseFromHome, createCaseWithHearing, fill } from './intakeSteps.mjs'

// 建案时是 9 月 20 日（送达 9 月 16 日之后）；再把时钟拨到 11 月 25 日：答辩期、管辖异议期都过了。
const SEPT_20 = new Date('2026-09-20T10:00:00+08:00')
const NOV_25 = new Date('2026-11-25T10:00:00+08:00')
const SHOTS = '.shots'

test('a case whose deadlines have all passed shows its stage, the next step and what can still be done per missed deadline (375×667)', async () => {
  await mkdir(SHOTS, { recursive: true })
  const app = await openApp({ viewport: SMALL_PHONE })
  try {
    const { page } = app
    await page.clock.setFixedTime(SEPT_20)
    await page.goto(app.url)
    await createCaseFromHome(page, { servedOn: '2026-09-16' })

    await page.clock.setFixedTime(NOV_25)
    await page.reload()
    const next = page.getByTestId('next-step')
    await next.waitFor()
    assert.match(await next.innerText(), /答辩期已过，但仍可以交答辩状；等法院的开庭传票，按时出庭/)
    assert.equal(await page.getByTestId('stage-hearing').getAttribute('data-status'), 'current')
    assert.match(await page.getByTestId('stage-hearing').innerText(), /现在：开庭/)
    await page.screenshot({ path: `${SHOTS}/lifecycle-all-passed-top.png` })

    assert.match(await page.getByTestId('missed-answer-answer_still_accepted').innerText(), /答辩状现在仍可以交/)
    assert.match(await page.getByTestId('missed-jurisdiction_objection-jurisdiction_deemed_accepted').innerText(), /视为同意由这个法院审理/)
    assert.equal(await page.getByTestId('todo-answer').count(), 0)
    // 条文收在“依据”开关后面：先给能做的事，细节点开再看。
    await page.getByTestId('fold-basis-missed-answer').click()
    const citation = page.getByTestId('basis-missed-answer-0-0')
    await citation.scrollIntoViewIfNeeded()
    await citation.click()
    assert.match(await page.getByTestId('law-text-missed-answer-0-0').innerText(), /不影响人民法院审理/)
    await page.screenshot({ path: `${SHOTS}/lifecycle-missed-answer.png` })

    await page.goto(`${app.url}#/pages/index/index`)
    await page.reload()
    const stage = page.locator('[data-testid^="stage-c"]')
    await stage.first().waitFor()
    assert.match(await stage.first().innerText(), /现在：开庭 · 点开看下一步/)
    await page.screenshot({ path: `${SHOTS}/lifecycle-home.png` })
    assert.deepEqual(app.errors, [])
  } finally {
    await app.close()
  }
})

test('a 民终 case entered through the form shows no appeal card, says why, and explains what follows the judgment (375×667)', async () => {
  await mkdir(SHOTS, { recursive: true })
  const app = await openApp({ viewport: SMALL_PHONE })
  try {
    const { page } = app
    await page.clock.setFixedTime(NOV_25)
    await page.goto(app.url)
    await page.getByTestId('new-case').click()
    await page.getByTestId('doc-judgment').click()
    await page.getByTestId('next').click()
    await page.getByTestId('step-1').waitFor()
    assert.equal(await page.getByTestId('field-performanceDays').count(), 0)
    await fill(page, 'judgmentServedOn', '2026-11-20')
    await page.getByTestId('field-performanceDays').waitFor()
    await fill(page, 'performanceDays', '10')
    await page.getByTestId('next').click()
    await page.getByTestId('step-2').waitFor()
    await fill(page, 'caseNumber', '(2026)浙01民终1234号')
    await page.getByTestId('case-number-recognised').waitFor()
    assert.equal(await page.getByTestId('instance-second').getAttribute('aria-checked'), 'true')
    await page.getByTestId('field-instance').scrollIntoViewIfNeeded()
    await page.screenshot({ path: `${SHOTS}/lifecycle-intake-instance.png` })
    await page.getByTestId('procedure-ordinary').click()
    await page.getByTestId('next').click()
    await page.getByTestId('step-3').waitFor()
    await page.getByTestId('lender-alipay').click()
    await page.getByTestId('save').click()

    await page.getByTestId('second-instance-note').waitFor()
    // 重新打开：确认存下来了，截图也不会拍到页面切换动画的中间。
    await page.reload()
    await page.getByTestId('deadline-retrial').waitFor()
    assert.equal(await page.getByTestId('deadline-appeal_judgment').count(), 0)
    assert.match(await page.getByTestId('next-step').innerText(), /判决已生效：最晚 2026年11月30日/)
    await page.screenshot({ path: `${SHOTS}/lifecycle-second-instance-top.png` })
    const after = page.getByTestId('after-judgment')
    await after.scrollIntoViewIfNeeded()
    await page.waitForTimeout(300)
    assert.match(await page.getByTestId('after-effect').innerText(), /送达就生效/)
    assert.match(await page.getByTestId('enforcement-consumption_restriction').innerText(), /限制高消费/)
    // 页面内容在 Taro 的滚动容器里：元素截图会超出视口，按视口截两屏。
    await page.screenshot({ path: `${SHOTS}/lifecycle-after-judgment.png` })
    await page.getByTestId('enforcement-credit_repair').scrollIntoViewIfNeeded()
    await page.waitForTimeout(300)
    await page.screenshot({ path: `${SHOTS}/lifecycle-enforcement.png` })
    assert.deepEqual(app.errors, [])
  } finally {
    await app.close()
  }
})

test('a small-claims case whose hearing has passed offers retrial at the original court, never an appeal; the next step is on the first screen (375×667)', async () => {
  await mkdir(SHOTS, { recursive: true })
  const app = await openApp({ viewport: SMALL_PHONE })
  try {
    const { page } = app
    await page.clock.setFixedTime(SEPT_20)
    await page.goto(app.url)
    await createCaseWithHearing(page, { hearingTime: '09:00', procedure: 'small_claims', court: null, caseNumber: null })
    await page.getByTestId('next-step').waitFor()

    await page.clock.setFixedTime(NOV_25)
    await page.reload()
    const next = page.getByTestId('next-step')
    await next.waitFor()
    assert.match(await next.innerText(), /小额诉讼一审终审，判决送达就生效，不能上诉/)
    const box = await next.boundingBox()
    assert.ok(box && box.y + box.height <= SMALL_PHONE.height, 'the next step is on the first screen')
    assert.match(await page.getByTestId('stage-appeal_or_effective').innerText(), /判决生效（不能上诉）/)
    assert.match(await page.getByTestId('missed-hearing-retrial_at_original_court').innerText(), /原审法院申请再审/)
    assert.match(await page.getByTestId('missed-hearing-retrial_does_not_stop_enforcement').innerText(), /不停止判决的执行/)
    assert.equal(await page.getByTestId('missed-hearing-appeal_after_default_judgment').count(), 0)
    assert.doesNotMatch(await page.getByTestId('timeline-passed').innerText(), /仍可以上诉|递交上诉状/)
    await page.getByTestId('missed-hearing').scrollIntoViewIfNeeded()
    await page.waitForTimeout(300)
    await page.screenshot({ path: `${SHOTS}/lifecycle-small-claims-missed-hearing.png` })
    assert.deepEqual(app.errors, [])
  } finally {
    await app.close()
  }
})
