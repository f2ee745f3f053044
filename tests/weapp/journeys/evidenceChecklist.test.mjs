/**
 * The evidence checklist in the WeChat build (issue 8, issue 13): from the case timeline to 证据清单,
 * two items marked 已准备, a photo chosen with wx.chooseMedia and moved under wx.env.USER_DATA_PATH,
 * the progress on the timeline and on the home list, the per-case size limit, and the photo files
 * gone from the phone when the case is deleted. On base library 3.3.0 our own privacy sheet asks
 * before the first chooseMedia; a second run starts with the privacy guide already agreed.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { bootWeapp } from '../harness.mjs'
import { SEPT_20, createCaseFromHome } from '../support/steps.mjs'
import { t } from '../../../src/i18n/index.ts'
import { detailText } from '../../../src/i18n/detail.ts'
import { evidenceText as m } from '../../../src/i18n/evidence.ts'
import { evidenceItemText } from '../../../src/i18n/evidenceItems.ts'
import { privacyText as p } from '../../../src/i18n/privacy.ts'
import { CASE_PHOTO_LIMIT_BYTES } from '../../../src/services/evidencePhotos.ts'

const CHECKLIST = 'prepare/pages/checklist/index'
const PHOTO = { name: 'contract.jpg', bytes: Buffer.from('\xff\xd8\xff\xe0 a photo of page 1 of the loan contract', 'latin1') }
const EVIDENCE_DIR = 'wxfile://usr/evidence/'

/** A regex for a catalogue sentence with one number left open, e.g. 已准备 2/(\d+). */
const withTotal = (sentence, known) => new RegExp(sentence(known, 987_654).replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace('987654', '(\\d+)'))

/** The files the app keeps under USER_DATA_PATH/evidence/. */
const evidenceFiles = (app) => [...app.files.files.keys()].filter((path) => path.startsWith(EVIDENCE_DIR))

/** Taps a status option (未准备/已准备/不适用) of the one item that is open: the radio, not a chip. */
function tapStatusOption(app, label) {
  const radios = app.nodes().filter((e) => e.text && e.node.v.trim() === label && e.parent?.node.role === 'radio')
  assert.equal(radios.length, 1, `one open item with a ${label} option:\n${app.text()}`)
  app.tap(radios[0].parent)
  return app.settle()
}

/** Image sources on the page (Taro's <image src>). */
const imageSources = (app) => app.nodes().map((e) => app.attr(e, 'src')).filter((src) => typeof src === 'string' && src !== '')

async function onChecklist(options) {
  const app = await bootWeapp({ now: SEPT_20, ...options })
  await app.settle()
  await createCaseFromHome(app, { servedOn: '2026-09-16' })
  assert.equal(app.route(), 'case/pages/detail/index')
  await app.press(detailText.openChecklist)
  assert.equal(app.route(), CHECKLIST)
  return app
}

test('two items ready and a contract photo kept under USER_DATA_PATH show 已准备 2/N on the checklist, the timeline and home; deleting the case deletes the photo files (our privacy sheet asks first on 3.3.0)', async () => {
  const app = await onChecklist({ baseLibrary: '3.3.0', privacyAgreed: false, user: { media: [PHOTO] } })
  try {
    const [, total] = withTotal(m.progress, 0).exec(app.text()) ?? []
    assert.ok(Number(total) >= 11, `the checklist has its items: ${app.text()}`)

    // 借款合同: open it, mark it ready, add a photo.
    await app.press(evidenceItemText.loan_agreement.title)
    await tapStatusOption(app, m.statuses.ready)
    await app.press(m.addPhoto)
    const [pick] = app.calls('chooseMedia')
    assert.equal(pick.inTap, true, 'chooseMedia starts inside the tap')
    assert.equal(pick.result, undefined, 'WeChat holds the call while our sheet asks')
    assert.ok(app.has(p.sheet.needs(p.types.photos.name)), app.text())
    assert.ok(app.has(p.types.photos.purpose))
    await app.press(p.sheet.agree)
    assert.equal(pick.result.ok, true)
    assert.equal(app.has(p.sheet.title), false, 'the sheet closes')
    assert.deepEqual(app.privacy.popups.map((x) => x.kind), ['app sheet'])

    // The photo moved from WeChat's temporary file into the app's own folder, byte for byte.
    const saved = evidenceFiles(app)
    assert.equal(saved.length, 1, [...app.files.files.keys()].join('\n'))
    assert.match(saved[0], /^wxfile:\/\/usr\/evidence\/[^/]+\/[^/]+\.jpg$/)
    assert.deepEqual(app.files.files.get(saved[0]), PHOTO.bytes)
    assert.equal([...app.files.files.keys()].some((path) => path.startsWith('wxfile://tmp_')), false, 'saveFile moved the temporary file')
    const [save] = app.calls('saveFile')
    assert.equal(save.args.filePath, saved[0])
    assert.ok(app.has(`${m.photosAdded(1)}${m.photosUsed(PHOTO.bytes.length, CASE_PHOTO_LIMIT_BYTES)}`), app.text())
    assert.deepEqual(imageSources(app), [saved[0]], 'the item shows the saved photo')

    // 借款和还款记录: opening it closes the contract, whose chip now says 已准备 and counts the photo.
    await app.press(evidenceItemText.loan_records.title)
    await tapStatusOption(app, m.statuses.ready)
    assert.ok(app.has(`${m.photosTitle} 1`), app.text())
    assert.ok(app.has(m.progress(2, Number(total))), app.text())

    // Back on the timeline, then home: the same progress.
    await app.back()
    assert.equal(app.route(), 'case/pages/detail/index')
    assert.ok(app.has(detailText.prepareProgress(2, Number(total))), app.text())
    await app.back()
    assert.equal(app.route(), 'pages/index/index')
    assert.ok(app.has(t.home.prepared(2, Number(total))), app.text())

    // Delete the case: WeChat's confirm, then nothing of it left in the app's files.
    await app.press(/重庆蚂蚁消费金融有限公司/)
    await app.press(detailText.delete)
    app.answerModal(true)
    await app.settle()
    assert.deepEqual(app.stack(), ['pages/index/index'])
    assert.deepEqual(evidenceFiles(app), [])
    assert.deepEqual([...app.files.dirs].filter((d) => d.startsWith(EVIDENCE_DIR)), [], 'the case folder is gone too')
    assert.doesNotMatch([...app.storage.keys()].join('\n'), /evidence/)
    app.assertHealthy()
  } finally {
    await app.close()
  }
})

test('with the privacy guide already agreed the chooser opens straight away and the photo is kept; removing it deletes the file', async () => {
  const app = await onChecklist({ baseLibrary: '3.3.0', privacyAgreed: true, user: { media: [PHOTO] } })
  try {
    await app.press(evidenceItemText.loan_agreement.title)
    await app.press(m.addPhoto)
    assert.deepEqual(app.privacy.popups, [], 'no sheet, no popup')
    assert.equal(app.calls('chooseMedia')[0].result.ok, true)
    const [saved] = evidenceFiles(app)
    assert.ok(saved, [...app.files.files.keys()].join('\n'))
    assert.ok(app.has(m.photosAdded(1)), app.text())

    // Tapping the thumbnail opens WeChat's full-screen viewer on the saved file.
    app.tap(app.nodes().find((e) => app.attr(e, 'src') === saved))
    await app.settle()
    const [preview] = app.calls('previewImage')
    assert.deepEqual(preview.args, { current: saved, urls: [saved] })
    assert.equal(preview.result.ok, true)

    // × (删除这张): WeChat's confirm, then the file is gone.
    await app.press('×')
    assert.equal(app.modal()?.title, m.removePhotoConfirmTitle)
    app.answerModal(true)
    await app.settle()
    assert.deepEqual(evidenceFiles(app), [])
    assert.ok(app.has(m.photosNone), app.text())
    app.assertHealthy()
  } finally {
    await app.close()
  }
})

test('photos beyond the per-case limit are not kept, and the page says so in plain Chinese; at the limit the chooser is not opened again', async () => {
  // Four 10 MB photos against a 30 MB limit: three fit, the fourth does not.
  const tenMb = 10 * 1024 * 1024
  assert.equal(CASE_PHOTO_LIMIT_BYTES, 3 * tenMb, 'the fixture is sized for the 30 MB limit')
  const media = [1, 2, 3, 4].map((n) => ({ name: `page${n}.jpg`, bytes: Buffer.alloc(tenMb, n) }))
  const app = await onChecklist({ privacyAgreed: true, user: { media } })
  try {
    await app.press(evidenceItemText.loan_agreement.title)
    await app.press(m.addPhoto)
    assert.equal(evidenceFiles(app).length, 3)
    assert.ok(app.has(m.photosOverLimit(3, 1, 3 * tenMb, CASE_PHOTO_LIMIT_BYTES)), app.text())
    assert.match(app.text(), /另外 1 张没有保存：这个案件的照片已用 30\.0 MB，上限是 30\.0 MB/)

    await app.press(m.addPhoto)
    assert.equal(app.calls('chooseMedia').length, 1, 'at the limit the chooser is not opened')
    assert.ok(app.has(m.photosLimitReached(3 * tenMb, CASE_PHOTO_LIMIT_BYTES)), app.text())
    assert.equal(evidenceFiles(app).length, 3)
    app.assertHealthy()
  } finally {
    await app.close()
  }
})
