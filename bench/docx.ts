/**
 * The .docx on the phone: how long the 要素式 answer takes to render and pack, how big the file is, and
 * what the zip writer costs in the bundle — our stored zip (src/domain/documents/docx/zip.ts + crc32 +
 * utf8) against fflate's zipSync (deflate), both minified with esbuild. Prints figures; not a test.
 * Run: npm run bench:docx
 */
import { buildSync } from 'esbuild'
import { zipSync, strToU8 } from 'fflate'
import { claimPointSentence } from '../src/i18n/claimPoints'
import { answerFormFor } from '../src/domain/documents/answerForms'
import { prefillAnswers } from '../src/domain/documents/answerPrefill'
import { documentToDocx } from '../src/domain/documents/docx/docx'
import { renderDocument } from '../src/domain/documents/render'
import { templateFor } from '../src/domain/documents/templates'
import { unzipSync } from 'fflate'
import { evidenceFixture, findingsFixture, fullCommon } from '../tests/domain/documents/fixtures'

const prefill = prefillAnswers(answerFormFor('financial_loan'), { findings: findingsFixture, evidence: evidenceFixture, sentenceOf: claimPointSentence })
const values = { fields: fullCommon, answers: prefill.answers, claimed: findingsFixture.claimed }
const template = templateFor('answer', 'financial_loan')

const ROUNDS = 200
let bytes: Uint8Array = new Uint8Array()
const t0 = performance.now()
for (let i = 0; i < ROUNDS; i++) bytes = documentToDocx(renderDocument(template, values))
const perDoc = (performance.now() - t0) / ROUNDS

const parts = unzipSync(bytes)
const t1 = performance.now()
let deflated: Uint8Array = new Uint8Array()
for (let i = 0; i < ROUNDS; i++) deflated = zipSync(parts, { level: 6 })
const perDeflate = (performance.now() - t1) / ROUNDS

const minified = (contents: string) => buildSync({ stdin: { contents, resolveDir: process.cwd(), loader: 'ts' }, bundle: true, minify: true, write: false, format: 'esm', alias: { '@': './src' } }).outputFiles[0].contents.length
const ours = minified("export { zipStore } from './src/domain/documents/docx/zip'")
const theirs = minified("export { zipSync, strToU8 } from 'fflate'")
const wholeDocx = minified("export { documentToDocx } from './src/domain/documents/docx/docx'")
void strToU8

console.log(`要素式答辩状 render + pack   ${perDoc.toFixed(2)} ms per document (${ROUNDS} rounds, Node; a phone is ~5–10× slower)`)
console.log(`.docx, stored (ours)        ${String(bytes.length).padStart(7)} bytes`)
console.log(`.docx, deflated (fflate 6)  ${String(deflated.length).padStart(7)} bytes  (${perDeflate.toFixed(2)} ms to deflate)`)
console.log(`zip writer, minified: ours ${ours} bytes (zip + CRC-32 + UTF-8), fflate zipSync ${theirs} bytes`)
console.log(`whole .docx writer (XML, styles, zip), minified: ${wholeDocx} bytes`)
