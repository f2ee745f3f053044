/**
 * The .docx read back by readers that share no code with ours: mammoth (docx → text, through JSZip),
 * fflate (zip), saxes (strict XML). It must be well-formed and hold the 案号, the court, the amounts in
 * figures and in capitals, and every item heading of the form.
 */
import mammoth from 'mammoth'
import { unzipSync, strFromU8 } from 'fflate'
import { SaxesParser } from 'saxes'
import { crc32 as zlibCrc32 } from 'node:zlib'
import fc from 'fast-check'
import { claimPointSentence } from '../../../src/i18n/claimPoints'
import { answerFormFor } from '../../../src/domain/documents/answerForms'
import { prefillAnswers } from '../../../src/domain/documents/answerPrefill'
import { crc32 } from '../../../src/domain/documents/docx/crc32'
import { documentToDocx } from '../../../src/domain/documents/docx/docx'
import { encodeUtf8 } from '../../../src/domain/documents/docx/utf8'
import { zipStore } from '../../../src/domain/documents/docx/zip'
import { docKinds } from '../../../src/domain/documents/docKinds'
import { build } from './build'
import { evidenceFixture, findingsFixture, fullCommon, fullDrafts, minimalCommon } from './fixtures'

const answerDocx = () => {
  const prefill = prefillAnswers(answerFormFor('financial_loan'), { findings: findingsFixture, evidence: evidenceFixture, sentenceOf: claimPointSentence, repaymentsReflected: 'no' })
  return documentToDocx(build('answer', 'financial_loan', fullCommon, fullDrafts.answer, { answers: prefill.answers, claimed: findingsFixture.claimed }))
}

function parseStrict(xml: string): void {
  const parser = new SaxesParser({ xmlns: true })
  parser.on('error', (e) => { throw e })
  parser.write(xml).close()
}

describe('documentToDocx', () => {
  it('is a zip whose every part is well-formed XML, with the parts Word needs', () => {
    const files = unzipSync(answerDocx())
    expect(Object.keys(files).sort()).toEqual(['[Content_Types].xml', '_rels/.rels', 'docProps/core.xml', 'word/_rels/document.xml.rels', 'word/document.xml', 'word/footer1.xml', 'word/settings.xml', 'word/styles.xml'])
    for (const [path, bytes] of Object.entries(files)) expect(() => parseStrict(strFromU8(bytes))).not.toThrow(path)
  })

  it('reads back with mammoth holding the case number, the court, the amounts in figures and capitals, and every item heading', async () => {
    const { value: text, messages } = await mammoth.extractRawText({ buffer: Buffer.from(answerDocx()) })
    expect(messages.filter((m) => m.type === 'error')).toEqual([])
    expect(text).toContain('民事答辩状（金融借款合同纠纷）')
    expect(text).toContain('（2026）浙0192民初1234号')
    expect(text).toContain('杭州互联网法院')
    expect(text).toContain('本金10,000.00元（人民币壹万元整）')
    expect(text).toContain('合计14,034.56元（人民币壹万肆仟零叁拾肆元伍角陆分）')
    const form = answerFormFor('financial_loan')
    for (const [i, item] of form.defence.entries()) expect(text).toContain(`${i + 1}.${item.heading}`)
    for (const [i, item] of form.facts.entries()) expect(text).toContain(`${i + 1}.${item.heading}`)
    expect(text).toContain('答辩人已还款2笔')
    expect(text).toContain('☑')
  })

  it('prints only the page number in the footer (no app notice), A4 page size and the 仿宋/宋体 fonts', () => {
    const files = unzipSync(answerDocx())
    const footer = strFromU8(files['word/footer1.xml'])
    expect(footer).toContain('w:instr=" PAGE "')
    expect(footer).not.toMatch(/应诉助手|法律意见|仅供参考/)
    const document = strFromU8(files['word/document.xml'])
    expect(document).toContain('<w:pgSz w:w="11906" w:h="16838"/>')
    expect(document).toMatch(/<w:tbl>.*<w:gridCol w:w="2600"\/><w:gridCol w:w="6245"\/>/)
    const styles = strFromU8(files['word/styles.xml'])
    expect(styles).toContain('w:eastAsia="仿宋"')
    expect(styles).toContain('w:eastAsia="宋体"')
  })

  it.each(docKinds.map((k) => [k]))('builds a readable Word file for %s from a full and a minimal case', async (kind) => {
    for (const doc of [build(kind, 'financial_loan', fullCommon, fullDrafts[kind]), build(kind, 'private_loan', minimalCommon, { fields: {}, choices: {} })]) {
      const { value: text } = await mammoth.extractRawText({ buffer: Buffer.from(documentToDocx(doc)) })
      expect(text).toContain(doc.title)
      expect(text).not.toMatch(/undefined|NaN|null/)
    }
  })

  it('escapes what the user typed, and drops characters XML cannot hold', () => {
    const doc = build('jurisdiction_objection', 'financial_loan', { ...fullCommon, name: '张<三>&"\u0001' }, fullDrafts.jurisdiction_objection)
    const xml = strFromU8(unzipSync(documentToDocx(doc))['word/document.xml'])
    expect(() => parseStrict(xml)).not.toThrow()
    expect(xml).toContain('张&lt;三&gt;&amp;&quot;')
  })

  it('gives the same bytes for the same document (fixed zip times)', () => {
    expect(Buffer.from(answerDocx()).equals(Buffer.from(answerDocx()))).toBe(true)
  })
})

describe('the zip, UTF-8 and CRC-32 underneath', () => {
  it('encodes UTF-8 exactly as Node does, including characters outside the BMP', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => Buffer.from(encodeUtf8(s)).equals(Buffer.from(s, 'utf8'))))
    expect(Array.from(encodeUtf8('元𠀀'))).toEqual([0xe5, 0x85, 0x83, 0xf0, 0xa0, 0x80, 0x80])
  })

  it('encodes a lone surrogate as U+FFFD, as TextEncoder does', () => {
    expect(Array.from(encodeUtf8('\ud800a'))).toEqual([0xef, 0xbf, 0xbd, 0x61])
  })

  it('computes CRC-32 as zlib does', () => {
    expect(crc32(encodeUtf8('123456789'))).toBe(0xcbf43926)
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => crc32(bytes) === zlibCrc32(bytes)))
  })

  it('writes a zip that fflate unpacks to the same files', () => {
    const entries = [{ path: 'a.txt', data: encodeUtf8('hi') }, { path: 'word/文书.xml', data: encodeUtf8('<a>元</a>') }]
    const out = unzipSync(zipStore(entries))
    expect(strFromU8(out['a.txt'])).toBe('hi')
    expect(strFromU8(out['word/文书.xml'])).toBe('<a>元</a>')
    expect(zipStore([{ path: 'a.txt', data: encodeUtf8('hi') }]).length).toBe(110)
  })
})
