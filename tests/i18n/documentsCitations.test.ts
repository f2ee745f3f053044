/**
 * Every article the documents pages cite has its text in the catalogue (src/i18n/legalTexts*.ts), like the
 * engine's and the lifecycle's citations. Collected two ways: from the domain modules that emit a basis
 * (promise warning, jurisdiction judgment) run over their cases, and from the words of the documents catalogue
 * itself (every 「…法第…条」 written in a sentence), so a citation added to a sentence without its text fails here.
 */
import { assessJurisdiction, type JurisdictionFacts } from '@/domain/documents/jurisdiction'
import { PROMISE_WARNING_BASIS } from '@/domain/documents/promiseWarning'
import { docNote, docPurpose, documentsText } from '@/i18n/documents'
import { jurisdictionText, paymentOrderText, promiseWarningText } from '@/i18n/documentsAdvice'
import { answerItemHelp, answerText } from '@/i18n/documentsAnswer'
import { fieldText, options } from '@/i18n/documentsFields'
import { legalTexts } from '@/i18n/legalTexts'

const LAWS = ['民事诉讼法', '民诉法解释', '民法典', '诉讼时效规定', '民事诉讼证据规定', '证据规定', '互联网法院规定', '诉讼费用交纳办法']
const ALIAS: Record<string, string> = { 证据规定: '民事诉讼证据规定' }
const CITE = new RegExp(`(${LAWS.join('|')})?(第[一二三四五六七八九十百零]+条)`, 'g')

/** 「民诉法解释第四百三十六条、第四百三十二条」 → both, keyed as the catalogue keys them (no 款/项). */
export function citationsIn(text: string): string[] {
  const out: string[] = []
  let law: string | null = null
  let lastEnd = -1
  for (const match of text.matchAll(CITE)) {
    const between = lastEnd >= 0 ? text.slice(lastEnd, match.index) : ''
    if (match[1]) law = ALIAS[match[1]] ?? match[1]
    // A bare article not right after its law's list belongs to a law this parser does not know (e.g.
    // 「执行异议和复议规定第六条、第一条」): forget the last law, or the next bare article would be given to it.
    else if (!(law && /^(第[一二三四五六七八九十百零]+[款项])*[、和及]?$/.test(between))) { lastEnd = -1; law = null; continue }
    out.push(`${law}${match[2]}`)
    lastEnd = (match.index ?? 0) + match[0].length
  }
  return out
}

/** Sample arguments for the catalogue's functions (names, amounts, dates, claim lists, document kinds). */
const SAMPLES: unknown[][] = [['X', 'Y', ['principal'], ['interest']], ['2026-09-16', 3], ['jurisdiction_objection'], [3, '1', '2', '3']]
function call(fn: (...a: unknown[]) => unknown): unknown[] {
  return SAMPLES.flatMap((args) => { try { return [fn(...args)] } catch { return [] } })
}

/** Every string of the catalogue objects, functions called with sample arguments. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (typeof value === 'function') return call(value as (...a: unknown[]) => unknown).flatMap(strings)
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings)
  return []
}

function jurisdictionBasis(): string[] {
  const tri = ['yes', 'no', 'unsure', undefined] as const
  const agreed = ['this_court', 'other_court', 'none', 'unsure', undefined] as const
  const out: string[] = []
  for (const courtAtHome of tri) for (const courtAtLenderSeat of tri) for (const agreedCourt of agreed) for (const clauseAlerted of tri) {
    for (const internetCourt of [true, false]) {
      const facts: JurisdictionFacts = { courtAtHome, courtAtLenderSeat, agreedCourt, clauseAlerted, hasHabitualResidence: false, internetCourt }
      out.push(...assessJurisdiction(facts).basis)
    }
  }
  return out
}

describe('documents citations', () => {
  test('the parser reads a list of articles of one law, and ignores a bare article without its law', () => {
    expect(citationsIn('（民诉法解释第四百三十六条、第四百三十二条）')).toEqual(['民诉法解释第四百三十六条', '民诉法解释第四百三十二条'])
    expect(citationsIn('民法典第一百九十二条第二款、诉讼时效规定第十九条')).toEqual(['民法典第一百九十二条', '诉讼时效规定第十九条'])
    expect(citationsIn('见第九条')).toEqual([])
  })

  test('every citation the domain emits has an article text', () => {
    const emitted = [...new Set([...PROMISE_WARNING_BASIS, ...jurisdictionBasis()])]
    expect(emitted.length).toBeGreaterThanOrEqual(10)
    expect(emitted.filter((c) => !legalTexts[c])).toEqual([])
  })

  test('every article written in the documents catalogue has an article text', () => {
    const catalogue = [docNote, docPurpose, documentsText, promiseWarningText, jurisdictionText, paymentOrderText, answerItemHelp, answerText, fieldText, options]
    const cited = [...new Set(catalogue.flatMap(strings).flatMap(citationsIn))]
    expect(cited.length).toBeGreaterThanOrEqual(20)
    expect(cited.filter((c) => !legalTexts[c])).toEqual([])
  })

  test('the texts say what the pages say', () => {
    expect(legalTexts['民法典第一百九十二条'].text).toContain('义务人同意履行的，不得以诉讼时效期间届满为由抗辩')
    expect(legalTexts['民诉法解释第四百三十二条'].text).toContain('不影响其他各项请求的效力')
    expect(legalTexts['民诉法解释第一百三十七条'].text).toContain('第二审程序、审判监督程序、执行程序的送达地址')
    expect(legalTexts['民诉法解释第十八条'].text).toContain('接收货币一方所在地为合同履行地')
  })
})
