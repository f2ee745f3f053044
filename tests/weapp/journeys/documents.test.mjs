/**
 * Documents in the WeChat build (issue 9, issue 13): from the case to the 文书 list (the jurisdiction
 * objection offered before the answer while the answer period runs), the 要素式 答辩状 filled and
 * previewed, then 生成 Word 文件: the .docx written under wx.env.USER_DATA_PATH and opened with
 * showMenu: true so it can be forwarded, saved or printed; 发送给微信好友 with shareFileMessage inside
 * the tap; 复制全文 through the privacy gate (base library 3.3.0: our sheet asks first). The file is
 * read back here with fflate, independently of the app's own zip writer.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { unzipSync, strFromU8 } from 'fflate'
import { bootWeapp } from '../harness.mjs'
import { SEPT_20, createCaseFromHome } from '../support/steps.mjs'
import { docLinkText, docName, documentsEntry } from '../../../src/i18n/documentNames.ts'
import { documentsText as m, fieldText } from '../../../src/i18n/documents.ts'
import { privacyText as p } from '../../../src/i18n/privacy.ts'
import { detailText } from '../../../src/i18n/detail.ts'
import { answerFormFor } from '../../../src/domain/documents/answerForms.ts'

const CASE_NUMBER = '(2026)浙0192民初1234号'
const CASE_NUMBER_AS_COURTS_WRITE_IT = '（2026）浙0192民初1234号'
const COURT = '杭州互联网法院'
const FORM = answerFormFor('financial_loan')
const interestItem = FORM.defence.findIndex((item) => item.id === 'interest')

/** The first node after the text `heading` that `pick` accepts. */
function after(app, heading, pick) {
  const all = app.nodes()
  const at = all.findIndex((e) => e.text && e.node.v.trim() === heading)
  assert.ok(at >= 0, `no ${heading}:\n${app.text()}`)
  const found = all.slice(at + 1).find(pick)
  assert.ok(found, `nothing after ${heading}`)
  return found
}

/** The text of a WordprocessingML part: every <w:t> run, a paragraph a line. */
const wordText = (xml) => xml.split(/<\/w:p>/).map((para) => [...para.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((r) => r[1]).join('')).join('\n')
  .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&')

test('the 要素式 答辩状 for the case served 2026-09-16: offered first, before the optional jurisdiction objection (on the case page too), written as a .docx under USER_DATA_PATH and opened with showMenu, shared inside the tap, copied through the privacy gate', async () => {
  const app = await bootWeapp({ now: SEPT_20, baseLibrary: '3.3.0', privacyAgreed: false })
  try {
    await app.settle()
    await createCaseFromHome(app, { servedOn: '2026-09-16', court: COURT, caseNumber: CASE_NUMBER, amounts: { principal: '10000', interest: '1234.56' } })
    assert.equal(app.route(), 'case/pages/detail/index')
    // The deadline cards link the documents they serve: the answer's card first (the main task), the optional
    // objection's card after it (issue 17: never the objection as the first step).
    const text = app.text()
    assert.ok(text.indexOf(`${docLinkText.answer} ›`) >= 0 && text.indexOf(`${docLinkText.answer} ›`) < text.indexOf(`${docLinkText.jurisdiction_objection} ›`), text)

    // 文书 list: the answer first (the main task), the jurisdiction objection after it as optional, with its last day.
    await app.press(documentsEntry.button)
    assert.equal(app.route(), 'documents/pages/list/index')
    assert.ok(app.has(CASE_NUMBER_AS_COURTS_WRITE_IT), app.text())
    const list = app.text()
    const answerAt = list.indexOf(docName.answer)
    assert.ok(answerAt >= 0 && answerAt < list.indexOf(docName.jurisdiction_objection), list)
    assert.ok(app.has(m.due('2026-10-08', 18)), list)

    // 开始写 the answer (the first entry).
    await app.press(m.start, { nth: 0 })
    assert.equal(app.route(), 'documents/pages/edit/index')
    assert.ok(app.has(docName.answer), app.text())
    assert.ok(app.has(fieldText.plaintiff.label), 'the plaintiff\'s full name is asked; court and 案号 come from the case')
    assert.equal(app.has(fieldText.court.hint), false)
    app.fill(m.partyLabels.name, '张三')
    await app.settle()
    await app.press(m.genders['男'])
    const interestHeading = `${interestItem + 1}.${FORM.defence[interestItem].heading}`
    app.tap(after(app, interestHeading, (e) => e.text && e.node.v.trim() === m.answer.object).parent)
    await app.settle()
    app.fill(after(app, interestHeading, (e) => app.attr(e, 'placeholder') === m.answer.reasonPlaceholder), '利息、罚息合计过高，请求调减。')
    await app.settle()

    // Preview: the same content as the file.
    await app.press(m.toPreview)
    assert.equal(app.route(), 'documents/pages/preview/index')
    assert.ok(app.has(m.previewTitle(docName.answer)), app.text())
    assert.match(app.text(), /利息、罚息合计过高，请求调减。/)

    // 生成 Word 文件并打开: written under USER_DATA_PATH, opened with the menu that forwards, saves and prints.
    await app.press(m.openDocx)
    const [open] = app.calls('openDocument')
    assert.deepEqual(app.files.opened, [{ filePath: open.args.filePath, fileType: 'docx', showMenu: true }])
    assert.equal(open.args.showMenu, true)
    assert.equal(open.args.fileType, 'docx')
    assert.match(open.args.filePath, /^wxfile:\/\/usr\/.+\.docx$/)
    assert.match(open.args.filePath, /浙0192民初1234号/)
    assert.ok(app.has(m.opened), app.text())

    const bytes = app.files.files.get(open.args.filePath)
    assert.equal(bytes.subarray(0, 2).toString('latin1'), 'PK', 'a zip file')
    const zip = unzipSync(new Uint8Array(bytes))
    assert.ok(zip['[Content_Types].xml'] && zip['word/document.xml'], Object.keys(zip).join(', '))
    const xml = strFromU8(zip['word/document.xml'])
    assert.match(xml, /<w:pgSz [^>]*w:w="11906"[^>]*w:h="16838"/, 'A4')
    const docText = wordText(xml)
    assert.match(docText, /民事答辩状（金融借款合同纠纷）/)
    assert.match(docText, new RegExp(CASE_NUMBER_AS_COURTS_WRITE_IT.replace(/[()（）]/g, '\\$&')))
    assert.match(docText, new RegExp(COURT))
    assert.match(docText, /本金10,000\.00元（人民币壹万元整）/)
    assert.match(docText, /利息1,234\.56元（人民币壹仟贰佰叁拾肆元伍角陆分）/)
    assert.match(docText, /姓名：张三/)
    assert.match(docText, /利息、罚息合计过高，请求调减。/)
    for (const item of [...FORM.defence, ...FORM.facts]) assert.ok(docText.includes(item.heading), `the form's item ${item.heading}`)
    assert.doesNotMatch(docText, /undefined|NaN|null|\{\{/)

    // 发给微信好友: shareFileMessage inside the tap, with the file that exists.
    await app.press(m.share)
    const [share] = app.calls('shareFileMessage')
    assert.equal(share.inTap, true, 'shareFileMessage must start synchronously inside the tap')
    assert.equal(share.result.ok, true)
    assert.equal(app.files.shared.length, 1)
    assert.ok(app.files.files.has(app.files.shared[0].filePath))
    assert.match(app.files.shared[0].fileName, /\.docx$/)
    assert.ok(app.has(m.shared), app.text())
    assert.deepEqual(app.privacy.popups, [], 'writing, opening and sharing a file are not privacy APIs')

    // 复制全文: the clipboard is a privacy API; our sheet asks first, then the held call finishes.
    await app.press(m.copy)
    const [copy] = app.calls('setClipboardData')
    assert.equal(copy.inTap, true)
    assert.equal(copy.result, undefined, 'WeChat holds the call while our sheet asks')
    assert.ok(app.has(p.sheet.needs(p.types.clipboard.name)), app.text())
    await app.press(p.sheet.agree)
    assert.equal(copy.result.ok, true)
    assert.deepEqual(app.privacy.popups.map((x) => x.kind), ['app sheet'])
    assert.match(app.device.clipboard, /民事答辩状（金融借款合同纠纷）/)
    assert.ok(app.device.clipboard.includes(CASE_NUMBER_AS_COURTS_WRITE_IT))
    assert.ok(app.has(m.copied), app.text())

    // Deleting the case deletes its Word files too: they hold the 案号 and the party's name.
    await app.back()
    await app.back()
    await app.back()
    assert.equal(app.route(), 'case/pages/detail/index')
    await app.press(detailText.delete)
    app.answerModal(true)
    await app.settle()
    assert.deepEqual(app.stack(), ['pages/index/index'])
    assert.deepEqual([...app.files.files.keys()].filter((path) => path.startsWith('wxfile://usr/')), [], 'nothing of the case left in the app\'s files')
    app.assertHealthy()
  } finally {
    await app.close()
  }
})

test('declining the privacy sheet on 复制全文 says calmly that the clipboard was not used, and the Word file still works', async () => {
  const app = await bootWeapp({ now: SEPT_20, baseLibrary: '3.3.0', privacyAgreed: false })
  try {
    await app.settle()
    await createCaseFromHome(app, { servedOn: '2026-09-16', court: COURT, caseNumber: CASE_NUMBER })
    await app.press(`${docLinkText.answer} ›`)
    assert.equal(app.route(), 'documents/pages/edit/index')
    await app.press(m.toPreview)
    await app.press(m.copy)
    await app.press(p.sheet.decline)
    assert.equal(app.calls('setClipboardData')[0].result.errno, 104)
    assert.equal(app.device.clipboard, '')
    assert.ok(app.has(p.outcome.declined(p.types.clipboard.name)), app.text())
    await app.press(m.openDocx)
    assert.equal(app.files.opened.length, 1)
    app.assertHealthy()
  } finally {
    await app.close()
  }
})
