/**
 * The 民事上诉状 in the WeChat build (issue 21): a 民初 judgment served 2026-09-16 entered through the intake, the
 * documents list offering the appeal first with its last day (民事诉讼法第一百七十一条: 15 days → 2026-10-08) and the
 * fee on the 20,000 yuan claimed (诉讼费用交纳办法第十七条、第十三条: 300 yuan, not halved); the form saying where
 * it is filed (through the original court, 第一百七十三条) and how many copies; a request chosen; the .docx written
 * under USER_DATA_PATH, opened with showMenu, read back with fflate, and shared inside the tap. A small-claims
 * judgment entered the same way offers no appeal (第一百六十五条).
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { unzipSync, strFromU8 } from 'fflate'
import { bootWeapp } from '../harness.mjs'
import { SEPT_20 } from '../support/steps.mjs'
import { docName, documentsEntry } from '../../../src/i18n/documentNames.ts'
import { documentsText as m, fieldText, options } from '../../../src/i18n/documents.ts'
import { appealFeeText, filingText } from '../../../src/i18n/documentsAfterAnswerHelp.ts'
import { intakeText } from '../../../src/i18n/intake.ts'
import { t } from '../../../src/i18n/index.ts'

const COURT = '杭州互联网法院'
const CASE_NUMBER_AS_COURTS_WRITE_IT = '（2026）浙0192民初1234号'

/** From the home page: a judgment served on 2026-09-16, 杭州互联网法院, 20,000 yuan principal claimed. */
async function enterJudgment(app, procedure) {
  await app.press(t.home.newCase)
  await app.press(intakeText.documents.judgment)
  await app.press(intakeText.next)
  app.fill(intakeText.labels.judgmentServedOn, '2026-09-16')
  await app.settle()
  await app.press(intakeText.next)
  app.fill(intakeText.labels.court, COURT)
  await app.settle()
  app.fill(intakeText.labels.caseNumber, procedure === 'small_claims' ? '(2026)浙0192民初1235号' : '(2026)浙0192民初1234号')
  await app.settle()
  await app.press(intakeText.procedures[procedure])
  await app.press(intakeText.next)
  await app.press(intakeText.lenders.alipay)
  app.fill(intakeText.labels.principal, '20000')
  await app.settle()
  await app.press(intakeText.save)
  assert.equal(app.route(), 'case/pages/detail/index')
}

/** The text of a WordprocessingML part: every <w:t> run, a paragraph a line. */
const wordText = (xml) => xml.split(/<\/w:p>/).map((para) => [...para.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((r) => r[1]).join('')).join('\n')
  .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&')

test('a 民初 judgment: the appeal is offered first with its deadline and fee, filled, made into a .docx, opened and shared', async () => {
  const app = await bootWeapp({ now: SEPT_20 })
  try {
    await app.settle()
    await enterJudgment(app, 'ordinary')
    await app.press(documentsEntry.button)
    assert.equal(app.route(), 'documents/pages/list/index')
    const list = app.text()
    const appealAt = list.indexOf(docName.appeal)
    assert.ok(appealAt >= 0, list)
    assert.ok(appealAt < list.indexOf(docName.fee_relief), 'the appeal comes first, the fee relief right after it')
    assert.equal(app.has(docName.answer), false, 'a served judgment ends the answer stage')
    assert.ok(app.has(m.due('2026-10-08', 18)), list)
    assert.ok(app.has(appealFeeText.list('300.00')), list)

    await app.press(m.start, { nth: 0 })
    assert.equal(app.route(), 'documents/pages/edit/index')
    assert.ok(app.has(docName.appeal), app.text())
    assert.ok(app.has(filingText.place.original_court), 'filed through the original court')
    assert.ok(app.has(filingText.copies(2)), 'one copy for the court, one for the lender')
    assert.ok(app.has(appealFeeText.amount('300.00', '20,000.00')), app.text())
    app.fill(m.partyLabels.name, '张三')
    await app.settle()
    await app.press(options.appealRequests.costs)
    app.fill(fieldText.appealCourt.label, '浙江省杭州市中级人民法院')
    await app.settle()

    await app.press(m.toPreview)
    assert.equal(app.route(), 'documents/pages/preview/index')
    await app.press(m.openDocx)
    const [open] = app.calls('openDocument')
    assert.equal(open.args.showMenu, true)
    assert.match(open.args.filePath, /^wxfile:\/\/usr\/.+\.docx$/)
    const xml = strFromU8(unzipSync(new Uint8Array(app.files.files.get(open.args.filePath)))['word/document.xml'])
    const docText = wordText(xml)
    assert.match(docText, /民事上诉状/)
    assert.match(docText, /上诉人（原审被告）：张三/)
    assert.ok(docText.includes(`不服${COURT}`) && docText.includes(CASE_NUMBER_AS_COURTS_WRITE_IT), docText)
    assert.match(docText, /本案一审、二审诉讼费用由被上诉人负担。/)
    assert.match(docText, /此致\n浙江省杭州市中级人民法院/)
    assert.match(docText, /附：本上诉状副本1份/)
    assert.doesNotMatch(docText, /undefined|NaN|null|\{\{/)

    await app.press(m.share)
    const [share] = app.calls('shareFileMessage')
    assert.equal(share.inTap, true)
    assert.equal(share.result.ok, true)
    app.assertHealthy()
  } finally {
    await app.close()
  }
})

test('a small-claims judgment: the documents list offers no appeal', async () => {
  const app = await bootWeapp({ now: SEPT_20 })
  try {
    await app.settle()
    await enterJudgment(app, 'small_claims')
    await app.press(documentsEntry.button)
    assert.equal(app.route(), 'documents/pages/list/index')
    assert.equal(app.has(docName.appeal), false, app.text())
    assert.equal(app.has(/上诉费约/), false)
    app.assertHealthy()
  } finally {
    await app.close()
  }
})
