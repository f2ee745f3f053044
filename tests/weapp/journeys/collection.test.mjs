/**
 * Stopping unlawful collection in the WeChat build (issue 21): from the case page to 催收骚扰, one contact recorded
 * (22:40, a call, the family contacted, threats) with a screenshot chosen by wx.chooseMedia inside the tap and kept
 * under USER_DATA_PATH; the letter starts from the record and its .docx admits no debt; the record sheet numbers the
 * screenshot; deleting the case deletes the record and the screenshot from the phone.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { unzipSync, strFromU8 } from 'fflate'
import { bootWeapp } from '../harness.mjs'
import { SEPT_20, createCaseFromHome } from '../support/steps.mjs'
import { detailText } from '../../../src/i18n/detail.ts'
import { collectionEntryText as entry } from '../../../src/i18n/collectionEntry.ts'
import { channelText, collectionText as c, conductText, thirdPartyText } from '../../../src/i18n/collection.ts'
import { documentsText as m } from '../../../src/i18n/documents.ts'
import { acknowledgingPhrases } from '../../../src/domain/collection/acknowledgement.ts'
import { NOT_AN_ACKNOWLEDGEMENT } from '../../../src/domain/documents/templates/collectionLetter.ts'

const SCREENSHOT = { name: 'sms.png', bytes: Buffer.from('\x89PNG a screenshot of a threatening SMS', 'latin1') }
const EVIDENCE_DIR = 'wxfile://usr/evidence/'
const photoFiles = (app) => [...app.files.files.keys()].filter((p) => p.startsWith(EVIDENCE_DIR))
const wordText = (xml) => xml.split(/<\/w:p>/).map((para) => [...para.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((r) => r[1]).join('')).join('\n')

test('a collection call recorded with a screenshot, the stop letter made from the record without admitting the debt, the record sheet, and everything gone with the case', async () => {
  const app = await bootWeapp({ now: SEPT_20, baseLibrary: '3.3.0', privacyAgreed: true, user: { media: [SCREENSHOT] } })
  try {
    await app.settle()
    await createCaseFromHome(app, { servedOn: '2026-09-16' })
    await app.press(entry.caseCardButton)
    assert.equal(app.route(), 'collection/pages/index/index')
    assert.ok(app.has(c.recordEmpty), app.text())
    assert.ok(app.has(c.complainCannot), 'says honestly what a complaint cannot do')

    // 记一条: the date starts as today; time, call, family contacted, threats; a screenshot.
    await app.press(c.addEntry)
    assert.equal(app.route(), 'collection/pages/entry/index')
    app.fill(c.atLabel, '22:40')
    await app.settle()
    await app.press(channelText.call)
    await app.press(thirdPartyText.family)
    await app.press(conductText.threats.title)
    app.fill(c.fromLabel, '0571-88886666')
    await app.settle()
    await app.press(c.addPhoto)
    const [pick] = app.calls('chooseMedia')
    assert.equal(pick.inTap, true, 'chooseMedia starts inside the tap')
    const saved = photoFiles(app)
    assert.equal(saved.length, 1, [...app.files.files.keys()].join('\n'))
    assert.deepEqual(app.files.files.get(saved[0]), SCREENSHOT.bytes)
    await app.press(c.done)
    assert.equal(app.route(), 'collection/pages/index/index')
    for (const line of [c.recordSummary(1, '2026-09-20', '2026-09-20'), c.recordNight(1), c.recordOthers(thirdPartyText.family)]) assert.ok(app.has(line), `${line}\n${app.text()}`)
    assert.ok(app.has(c.photos(1)), app.text())

    // The letter, from the record.
    await app.press(c.writeLetter)
    assert.equal(app.route(), 'documents/pages/edit/index')
    await app.press(m.toPreview)
    assert.equal(app.route(), 'documents/pages/preview/index')
    const preview = app.text()
    assert.ok(preview.includes('联系本人的家人') && preview.includes('其中夜间（22时至次日8时）1次'), preview)
    await app.press(m.openDocx)
    const [open] = app.calls('openDocument')
    const letter = wordText(strFromU8(unzipSync(new Uint8Array(app.files.files.get(open.args.filePath)))['word/document.xml']))
    assert.ok(letter.includes(NOT_AN_ACKNOWLEDGEMENT), letter)
    assert.deepEqual(acknowledgingPhrases(letter), [])
    await app.back()
    await app.back()
    assert.equal(app.route(), 'collection/pages/index/index')

    // The record sheet numbers the screenshot.
    await app.press(c.recordSheet)
    assert.ok(app.text().includes('截图：1-1'), app.text())
    assert.ok(app.text().includes('2026年9月20日 22:40（夜间）'), app.text())
    await app.back()

    // Deleting the case deletes the record and the screenshot.
    await app.back()
    assert.equal(app.route(), 'case/pages/detail/index')
    await app.press(detailText.delete)
    app.answerModal(true)
    await app.settle()
    assert.deepEqual(photoFiles(app), [])
    assert.doesNotMatch([...app.storage.keys()].join('\n'), /collection/)
    app.assertHealthy()
  } finally {
    await app.close()
  }
})
