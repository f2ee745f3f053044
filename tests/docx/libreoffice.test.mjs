/**
 * Each after-answer filing's .docx (issue 21) opened by a real word processor: LibreOffice converts it to PDF
 * headless, with a profile of its own (so parallel runs do not share one), and the PDF's text must hold what the
 * filing says — its title, the 案号, the court, the party, the articles it rests on — and nothing that leaks a
 * template. The text comes from poppler's pdftotext when it is installed, else from ./pdfText.mjs (content
 * streams + ToUnicode maps). Skipped, saying why, only when LibreOffice is absent.
 *
 * Run: node --import tsx --test tests/docx/   (npm test runs it as its 'docx in LibreOffice' step, scripts/lib/testSteps.mjs)
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAnswerKinds } from '../../src/domain/documents/afterAnswer/kinds.ts'
import { documentToDocx } from '../../src/domain/documents/docx/docx.ts'
import { build, LEAKS } from '../domain/documents/build.ts'
import { afterAnswerRequired } from '../domain/documents/afterAnswerFixtures.ts'
import { fullCommon, fullDrafts } from '../domain/documents/fixtures.ts'
import { pdfText } from './pdfText.mjs'

const onPath = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0
const SOFFICE = process.env.SOFFICE_PATH ?? (existsSync('/usr/bin/soffice') ? '/usr/bin/soffice' : onPath('soffice') ? 'soffice' : null)
const PDFTOTEXT = process.env.YINGSU_PDF_TEXT === 'own' ? null : onPath('pdftotext') ? 'pdftotext' : null

/** What each filing's PDF must say besides its required elements (content the user typed or the law computed). */
const CONTENT = {
  document_production: ['第四十七条第一款第（四）项', '第四十八条第一款'],
  evidence_collection: ['某某信息咨询有限公司', '2026年10月20日'],
  online_hearing: ['第二十一条第（三）项', '2026年11月20日'],
  hearing_postponement: ['2026年11月20日', '住院证明'],
  evidence_opinion: ['1.借款合同（电子协议）', '无法确认。没有签署时的版本记录。', '2.还款明细'],
  appeal: ['浙江省杭州市中级人民法院', '20,000.00元（人民币贰万元整）', '第一百七十七条第一款第（四）项', '关于本金：实际到手9,000元。'],
  late_enforcement_objection: ['2024年6月10日', '至2026年6月10日届满', '（2026）浙0192执5678号'],
  enforcement_objection: ['第二百三十六条', '3,000.00元（人民币叁仟元整）'],
  lift_consumption_restriction: ['2026年12月20日', '第九条'],
}

const squeeze = (text) => text.replace(/\s+/g, '')
/** The app's name and notice: no filing may carry them (issue 17); the notice stays on screen. */
const APP_WORDS = /应诉助手|不构成法律意见|仅供参考|按模板生成|12348/

function textOf(pdfPath) {
  if (PDFTOTEXT) return execFileSync(PDFTOTEXT, ['-enc', 'UTF-8', pdfPath, '-'], { encoding: 'utf8' })
  return pdfText(readFileSync(pdfPath))
}

test('each after-answer filing opens in LibreOffice and its PDF holds what the filing says', { skip: SOFFICE ? false : 'LibreOffice (soffice) is not installed: apt-get install -y libreoffice-writer', timeout: 300_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'yingsu-lo-docs-'))
  const profile = mkdtempSync(join(tmpdir(), 'lo-yingsu-'))
  try {
    const files = afterAnswerKinds.map((kind) => {
      const doc = build(kind, 'financial_loan', fullCommon, fullDrafts[kind])
      const path = join(dir, `${kind}.docx`)
      writeFileSync(path, documentToDocx(doc))
      return { kind, doc, path }
    })
    const run = spawnSync(SOFFICE, [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, ...files.map((f) => f.path)], { encoding: 'utf8', timeout: 280_000 })
    assert.equal(run.status, 0, `soffice failed: ${run.stderr}`)
    for (const { kind, doc, path } of files) {
      const pdfPath = path.replace(/\.docx$/, '.pdf')
      assert.ok(existsSync(pdfPath), `LibreOffice made no PDF for ${kind}: ${run.stdout}`)
      const text = squeeze(textOf(pdfPath))
      const expected = [doc.title, '（2026）浙0192民初1234号', '杭州互联网法院', '张三', ...afterAnswerRequired[kind], ...CONTENT[kind]]
      for (const part of expected) assert.ok(text.includes(squeeze(part)), `${kind}: the PDF lacks 「${part}」 (text via ${PDFTOTEXT ?? 'pdfText.mjs'}):\n${text.slice(0, 600)}`)
      assert.doesNotMatch(text, LEAKS, kind)
      assert.doesNotMatch(text, APP_WORDS, `${kind}: a filing carries only the user's words, not the app's notice`)
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
    rmSync(profile, { recursive: true, force: true })
  }
})

test('the PDF text reader finds nothing that is not there (it does not pass by reading the whole file as text)', () => {
  const fake = Buffer.from('%PDF-1.4\n1 0 obj\n<</Type/Page/Contents 2 0 R>>\nendobj\n2 0 obj\n<</Length 22>>\nstream\nBT (hello) Tj ET      \nendstream\nendobj\n', 'latin1')
  assert.equal(squeeze(pdfText(fake)), 'hello')
  assert.equal(squeeze(pdfText(Buffer.from('%PDF-1.4\n上诉状', 'utf8'))), '')
})
