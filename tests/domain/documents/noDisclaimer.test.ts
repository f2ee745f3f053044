/**
 * A paper handed to a judge (or to the lender) carries only the user's words: the app's "template, not legal
 * advice" notice stays on screen and with the sharing, never in a filing's text or .docx (issue 17). Checked
 * for every kind of document, from a full and from a minimal case, in the text, in every part of the .docx and
 * in what mammoth reads back.
 */
import mammoth from 'mammoth'
import { strFromU8, unzipSync } from 'fflate'
import { documentToDocx } from '../../../src/domain/documents/docx/docx'
import { docKinds } from '../../../src/domain/documents/docKinds'
import { documentToText } from '../../../src/domain/documents/plainText'
import { documentsText } from '../../../src/i18n/documents'
import { build } from './build'
import { fullCommon, fullDrafts, minimalCommon } from './fixtures'

/** Words of the app's notice; none of them belongs in a filing. */
const APP_WORDS = /应诉助手|不构成法律意见|仅供参考|按模板生成|12348/

describe.each(docKinds.map((k) => [k]))('%s', (kind) => {
  const docs = [build(kind, 'financial_loan', fullCommon, fullDrafts[kind]), build(kind, 'private_loan', minimalCommon, { fields: {}, choices: {} })]

  it('has no app notice in its text', () => {
    for (const doc of docs) expect(documentToText(doc)).not.toMatch(APP_WORDS)
  })

  it('has no app notice in any part of its .docx, nor in what mammoth reads back', async () => {
    for (const doc of docs) {
      const bytes = documentToDocx(doc)
      for (const [path, part] of Object.entries(unzipSync(bytes))) expect({ path, leaks: APP_WORDS.test(strFromU8(part)) }).toEqual({ path, leaks: false })
      const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) })
      expect(value).not.toMatch(APP_WORDS)
    }
  })
})

test('the notice itself still exists for the screen', () => {
  expect(documentsText.notice).toMatch(APP_WORDS)
})
