/**
 * The hearing outline in the WeChat build (issue 21): a 民初 case at a district court with a hearing ahead; the user
 * fills the answer (本金 有异议 with a reason); the hearing card links the outline, whose lines come from that answer;
 * 「通知上写的是在线开庭吗」 answered 是 adds the online section; 生成 Word 文件 writes the .docx under USER_DATA_PATH and
 * opens it with showMenu; 发给微信好友 shares it inside the tap. The file is read back with fflate: the user's lines
 * are in it and the app's notice is not.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { unzipSync, strFromU8 } from 'fflate'
import { bootWeapp } from '../harness.mjs'
import { SEPT_20 } from '../support/steps.mjs'
import { t } from '../../../src/i18n/index.ts'
import { intakeText } from '../../../src/i18n/intake.ts'
import { docLinkText } from '../../../src/i18n/documentNames.ts'
import { documentsText as m } from '../../../src/i18n/documents.ts'
import { hearingOutlineText as o } from '../../../src/i18n/hearingOutline.ts'
import { answerFormFor } from '../../../src/domain/documents/answerForms.ts'
import { documentsText } from '../../../src/i18n/documents.ts'

const FORM = answerFormFor('financial_loan')
const principal = FORM.defence.findIndex((item) => item.id === 'principal')
const REASON = '实际到手只有9,000元，少于起诉的本金。'

function after(app, heading, pick) {
  const all = app.nodes()
  const at = all.findIndex((e) => e.text && e.node.v.trim() === heading)
  assert.ok(at >= 0, `no ${heading}:\n${app.text()}`)
  const found = all.slice(at + 1).find(pick)
  assert.ok(found, `nothing after ${heading}`)
  return found
}

const wordText = (xml) => xml.split(/<\/w:p>/).map((para) => [...para.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((r) => r[1]).join('')).join('\n')
  .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&')

/** New case from home: 起诉状副本 and 传票 served 2026-09-16 by mail, hearing 2026-10-20 09:30, at a district court. */
async function createCaseWithHearing(app) {
  const i = intakeText
  await app.press(t.home.newCase)
  await app.press(i.documents.complaint)
  await app.press(i.documents.summons)
  await app.press(i.next)
  await app.press(i.serviceMethods.mail)
  app.fill(i.labels.servedOn, '2026-09-16')
  app.fill(i.labels.hearingDate, '2026-10-20')
  app.fill(i.labels.hearingTime, '09:30')
  await app.settle()
  await app.press(i.next)
  app.fill(i.labels.court, '杭州市西湖区人民法院')
  app.fill(i.labels.caseNumber, '(2026)浙0106民初55号')
  await app.settle()
  await app.press(i.procedures.ordinary)
  await app.press(i.next)
  await app.press(i.lenders.alipay)
  await app.press(i.save)
}

test('the outline of a case with a hearing ahead: its lines come from the answer the user filled; online on request; the .docx opened with showMenu and shared inside the tap', async () => {
  const app = await bootWeapp({ now: SEPT_20, baseLibrary: '3.3.0', privacyAgreed: true })
  try {
    await app.settle()
    await createCaseWithHearing(app)
    assert.equal(app.route(), 'case/pages/detail/index')
    assert.ok(app.has(`${docLinkText.hearing_outline} ›`), app.text())

    // The answer: 本金 有异议, with a reason.
    await app.press(`${docLinkText.answer} ›`)
    assert.equal(app.route(), 'documents/pages/edit/index')
    const heading = `${principal + 1}.${FORM.defence[principal].heading}`
    app.tap(after(app, heading, (e) => e.text && e.node.v.trim() === m.answer.object).parent)
    await app.settle()
    app.fill(after(app, heading, (e) => app.attr(e, 'placeholder') === m.answer.reasonPlaceholder), REASON)
    await app.settle()
    await app.back()
    assert.equal(app.route(), 'case/pages/detail/index')

    // The hearing card links the outline.
    await app.press(`${docLinkText.hearing_outline} ›`)
    assert.equal(app.route(), 'documents/pages/outline/index')
    assert.ok(app.has(o.keep), app.text())
    assert.match(app.text(), new RegExp(FORM.defence[principal].heading.replace(/[()（）]/g, '.')))
    assert.ok(app.has('我的意见：有异议'), app.text())
    assert.ok(app.text().includes(`理由：${REASON}`), app.text())
    assert.ok(app.has('开庭：2026年10月20日 9:30'), app.text())
    assert.equal(/在线开庭】|三、在线开庭|二、在线开庭/.test(app.text()), false, 'no online section before the user says so')

    // The notice says 在线: the online section appears.
    await app.press(o.summonsModes.online)
    assert.match(app.text(), /在线开庭/)
    assert.ok(app.has(o.onlineConsent), app.text())

    // 生成 Word 文件并打开.
    await app.press(m.openDocx)
    const [open] = app.calls('openDocument')
    assert.deepEqual({ fileType: open.args.fileType, showMenu: open.args.showMenu }, { fileType: 'docx', showMenu: true })
    assert.match(open.args.filePath, /^wxfile:\/\/usr\/.+庭审提纲.*\.docx$/)
    const zip = unzipSync(new Uint8Array(app.files.files.get(open.args.filePath)))
    const text = wordText(strFromU8(zip['word/document.xml']))
    assert.match(text, /庭审提纲/)
    assert.ok(text.includes('我的意见：有异议') && text.includes(REASON), text)
    assert.match(text, /在线开庭/)
    for (const [path, bytes] of Object.entries(zip)) assert.equal(strFromU8(bytes).includes(documentsText.notice), false, `${path} carries the app's notice`)

    // 发给微信好友: inside the tap.
    await app.press(m.share)
    const [share] = app.calls('shareFileMessage')
    assert.equal(share.inTap, true)
    assert.equal(share.result.ok, true)
    app.assertHealthy()
  } finally {
    await app.close()
  }
})
