/**
 * The Word files of the hearing outline and the three collection documents, as the app makes them (services), opened
 * by a real word processor: LibreOffice converts each to PDF (its own profile, so parallel runs do not collide) and
 * the PDF's text must hold what we wrote — and must not hold the app's notice, or, in the letter and the complaint,
 * any acknowledgement of the debt. Needs /usr/bin/soffice (SOFFICE_PATH) and a CJK font (fonts-wqy-microhei).
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createMemoryStore } from '@/storage/memoryStore'
import { saveCase } from '@/storage/caseStore'
import { acknowledgingPhrases } from '@/domain/collection/acknowledgement'
import { documentsText } from '@/i18n/documents'
import { emptyEntryDraft, saveEntryDraft } from '@/services/collection'
import { updateDraft, updateParty } from '@/services/documentDrafts'
import { documentDocx, openDocument } from '@/services/documents'
import { pdfText } from '../docx/pdfText.mjs'
import { makeCase, NOW_MS } from '../storage/fixtures'

const SOFFICE = process.env.SOFFICE_PATH ?? '/usr/bin/soffice'
const TODAY = '2026-11-25'
const squash = (s: string) => s.replace(/\s+/g, '')

function cjkFontInstalled(): boolean {
  try { return execFileSync('fc-list', [':lang=zh'], { encoding: 'utf8' }).trim() !== '' } catch { return false }
}

function makeDocs(): Record<string, Buffer> {
  const store = createMemoryStore()
  saveCase(store, makeCase(1, { procedure: 'ordinary' }), NOW_MS)
  updateParty(store, 'case-1', { name: '张三', phone: '13800000000' }, true, NOW_MS)
  updateDraft(store, 'case-1', 'answer', (d) => ({ ...d, answers: { principal: { stance: 'object', text: '实际到手只有9,000元。' }, total: { stance: 'agree' } } }), NOW_MS)
  saveEntryDraft(store, 'case-1', 'e1', { ...emptyEntryDraft(TODAY), on: '2026-11-02', at: '23:00', from: '0571-88886666', said: '说明天去你单位', thirdParties: ['family', 'employer'], conduct: ['threats'] }, NOW_MS)
  updateDraft(store, 'case-1', 'collection_letter', (d) => ({ ...d, fields: { ...d.fields, mailAddress: '浙江省杭州市西湖区文三路1号' } }), NOW_MS)
  const out: Record<string, Buffer> = {}
  for (const kind of ['hearing_outline', 'collection_record', 'collection_letter', 'collection_complaint'] as const) {
    out[kind] = Buffer.from(documentDocx(openDocument(store, 'case-1', kind, NOW_MS, TODAY)!.rendered))
  }
  return out
}

describe('the hearing outline and collection documents in LibreOffice', () => {
  let dir: string
  const texts: Record<string, string> = {}

  beforeAll(() => {
    if (!existsSync(SOFFICE)) throw new Error(`LibreOffice is missing at ${SOFFICE}: apt-get install -y libreoffice-writer-nogui`)
    if (!cjkFontInstalled()) throw new Error('No Chinese font: LibreOffice would print no Chinese text. apt-get install -y fonts-wqy-microhei')
    dir = mkdtempSync(join(tmpdir(), 'yingsu-21b-office-'))
    const docs = makeDocs()
    for (const [kind, bytes] of Object.entries(docs)) writeFileSync(join(dir, `${kind}.docx`), bytes)
    execFileSync(SOFFICE, [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...Object.keys(docs).map((k) => join(dir, `${k}.docx`))], { stdio: 'pipe', timeout: 150_000 })
    for (const kind of Object.keys(docs)) texts[kind] = pdfText(readFileSync(join(dir, `${kind}.pdf`)))
  }, 180_000)

  afterAll(() => { if (dir) rmSync(dir, { recursive: true, force: true }) })

  test('the outline\'s PDF holds the user\'s position and reason, what to bring, and the online section of an internet court', () => {
    const text = squash(texts.hearing_outline)
    for (const s of ['庭审提纲', '对本金有无异议', '我的意见：有异议', '理由：实际到手只有9,000元。', '对标的总额有无异议', '开庭要带的', '身份证原件', '在线开庭', '（2026）浙0192民初1001号']) expect(text).toContain(squash(s))
  })

  test('the record sheet\'s PDF has the entry, marked as at night', () => {
    const text = squash(texts.collection_record)
    for (const s of ['催收记录表', '2026年11月2日23:00（夜间）', '0571-88886666', '说明天去你单位', '家人、工作单位']) expect(text).toContain(squash(s))
  })

  test('the letter\'s and the complaint\'s PDFs hold the neutral clause and no acknowledgement of the debt', () => {
    const letter = squash(texts.collection_letter)
    expect(letter).toContain(squash('就贵司主张的债务的催收方式'))
    expect(letter).toContain(squash('不是对贵司所主张债务的存在、数额或者履行期限的承认'))
    expect(letter).toContain(squash('书面信件，寄至：浙江省杭州市西湖区文三路1号'))
    const complaint = squash(texts.collection_complaint)
    expect(complaint).toContain(squash('此致国家金融监督管理总局'))
    expect(complaint).toContain(squash('不是对被投诉机构所主张债务的存在、数额或者履行期限的承认'))
    expect(acknowledgingPhrases(letter)).toEqual([])
    expect(acknowledgingPhrases(complaint)).toEqual([])
  })

  test('no PDF carries the app\'s notice: a paper given to a lender or a regulator carries the user\'s words only', () => {
    for (const [kind, text] of Object.entries(texts)) expect({ kind, notice: squash(text).includes(squash(documentsText.notice).slice(0, 20)) }).toEqual({ kind, notice: false })
  })
})
