/**
 * 核对诉讼请求 in the WeChat build (issue 8): the amounts from the 起诉状 and the borrower's own
 * records typed in, the annualised cost (IRR, actual days / 365) and the litigation fee shown with
 * how each was computed; a bad amount gets its message at the field and keeps what was typed, also
 * after leaving the page. The figures are computed again here with the pure domain function, so the
 * build is checked against the same arithmetic the domain tests pin.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { bootWeapp } from '../harness.mjs'
import { SEPT_20, createCaseFromHome } from '../support/steps.mjs'
import { detailText } from '../../../src/i18n/detail.ts'
import { claimCheckText as m } from '../../../src/i18n/claimCheck.ts'
import { claimResultText as r } from '../../../src/i18n/claimResults.ts'
import { annualRate } from '../../../src/domain/annualRate.ts'
import { capAsApplied } from '../../../src/domain/claims/capAsApplied.ts'
import { capText } from '../../../src/i18n/claimCap.ts'
import { conclusionText } from '../../../src/i18n/claimConclusion.ts'
import { glossary } from '../../../src/i18n/glossary.ts'

const CLAIM_CHECK = 'prepare/pages/claim-check/index'

/** The value shown in the first input after the label (what the person sees in the box). */
function inputValue(app, label) {
  const all = app.nodes()
  const at = all.findIndex((e) => e.text && e.node.v.trim() === label)
  assert.ok(at >= 0, `no label ${label}:\n${app.text()}`)
  const input = all.slice(at).find((e) => app.attr(e, 'value') !== undefined && app.attr(e, 'placeholder') !== undefined)
  return app.attr(input, 'value')
}

async function type(app, label, value) {
  app.fill(label, value)
  await app.settle()
}

test('the claimed amounts against what was received: the annualised cost and the fee with how they were computed; 「abc」 as an amount is refused at the field and kept as typed', async () => {
  const app = await bootWeapp({ now: SEPT_20 })
  try {
    await app.settle()
    await createCaseFromHome(app, { servedOn: '2026-09-16' })
    await app.press(detailText.openClaimCheck)
    assert.equal(app.route(), CLAIM_CHECK)

    // 到手 9,500（合同 10,000），起诉本金 10,000、利息 2,500，暂计至 2026-09-01; the 本金 mistyped first.
    await type(app, m.labels.receivedAmount, '9,500元')
    assert.ok(app.has(m.readAs('9,500.00')), 'the amount is read as 9,500.00 and shown as typed')
    assert.equal(inputValue(app, m.labels.receivedAmount), '9,500元')
    await type(app, m.labels.receivedOn, '2025-09-16')
    await type(app, m.labels.contractAmount, '10000')
    await type(app, m.labels.principal, 'abc')
    await type(app, m.labels.interest, '2500')
    await type(app, m.labels.claimedAsOf, '2026-09-01')
    await app.press(m.run)
    assert.ok(app.has(m.issues.not_a_number(m.labels.principal)), app.text())
    assert.ok(app.has(m.fixFirst))
    assert.equal(app.has(r.title), false, 'no results while a field is wrong')
    assert.equal(inputValue(app, m.labels.principal), 'abc', 'what was typed stays')

    // Leaving and coming back: the draft (with its mistake) is still there, and so is the message.
    await app.back()
    await app.press(detailText.openClaimCheck)
    assert.equal(inputValue(app, m.labels.principal), 'abc')
    assert.equal(inputValue(app, m.labels.receivedAmount), '9,500元')
    assert.ok(app.has(m.issues.not_a_number(m.labels.principal)), app.text())

    // Corrected: typing clears the message; 核对 shows the results.
    await type(app, m.labels.principal, '10000')
    assert.equal(app.has(m.issues.not_a_number(m.labels.principal)), false)
    await app.press(m.run)
    assert.ok(app.has(r.title), app.text())
    assert.ok(app.has(r.disclaimer))

    // The conclusion first: the cap as courts apply it, 24% simple on 9,500 over 350 days, against 3,000 charged.
    const cap = capAsApplied({ drawings: [{ on: '2025-09-16', fen: 950_000 }], repayments: [], claimedFen: 1_250_000, asOf: '2026-09-01', rates: [{ from: '2025-09-16', rate: 0.24, standard: 'financial_24' }] })
    assert.equal(cap.excessFen, 81_370)
    assert.ok(app.has(conclusionText.headline({ code: 'cap_excess', excessFen: cap.excessFen, capRate: 0.24, reference: true })), app.text())
    assert.ok(app.has(capText.above(cap.excessFen)))
    await app.press(`${r.howTitle} ▾`, { nth: 0 })
    assert.ok(app.has(capText.period('2025-09-16', '2026-09-01', 950_000, 0.24, 350, cap.allowedFen)), app.text())

    // In the fold, 24% names its source; 法发〔2017〕22号 is a term a tap explains in one sentence.
    await app.press('法发〔2017〕22号')
    assert.ok(app.has(glossary.fafa_2017_22.plain), app.text())

    // The IRR is shown as the loan's disclosed annualised rate, not as the cap test, folded under one toggle.
    assert.equal(app.has(r.costTitle.claim), false)
    await app.press(`${r.costsToggle} ▾`)
    const rate = annualRate([{ on: '2025-09-16', fen: 950_000 }, { on: '2026-09-01', fen: -1_250_000 }])
    assert.ok(rate && rate.nominal > 0.24)
    assert.ok(app.has(r.costTitle.claim))
    assert.ok(app.has(r.nominal(rate.nominal)), app.text())
    assert.ok(app.has(r.effective(rate.effective)))
    assert.ok(app.has('不用它判断是否超过上限'), app.text())

    // 怎么算的 of the IRR: the method, the day count and every flow.
    await app.press(`${r.howTitle} ▾`, { nth: 0 })
    assert.ok(app.has(r.dayCount), app.text())
    assert.ok(app.has(r.flowIn('2025-09-16', 950_000)))
    assert.ok(app.has(r.flowOut('2026-09-01', 1_250_000)))
    assert.ok(app.has(r.claimInputs('2026-09-01')))

    // The fee if the case is lost: ordinary procedure, 12,500 → 50 + 2,500 × 2.5% = 112.50 (诉讼费用交纳办法第十三条).
    assert.ok(app.has(r.feeAmount(11_250)), app.text())
    await app.press(`${r.howTitle} ▾`)
    assert.ok(app.has(r.feeBase(1_250_000, 11_250)), app.text())
    assert.ok(app.has(r.feeHow))
    app.assertHealthy()
  } finally {
    await app.close()
  }
})
