/**
 * Every article the after-answer documents' texts cite (issue 21) has its text in the catalogue, so a tap on a
 * citation never shows 「还没有收录」. Citations are read out of the strings themselves, not from a list kept
 * beside them: 「诉讼费用交纳办法第十七条、第二十二条」 yields both articles.
 */
import { APPEAL_FEE_BASIS } from '@/domain/claims/appealFee'
import { ENFORCEMENT_PERIOD_BASIS } from '@/domain/documents/afterAnswer/enforcementPeriod'
import { filingOf } from '@/domain/documents/afterAnswer/filing'
import { afterAnswerKinds } from '@/domain/documents/afterAnswer/kinds'
import { afterAnswerClosed, afterAnswerFieldText, afterAnswerNote, afterAnswerPurpose } from '@/i18n/documentsAfterAnswer'
import { appealFeeText, exhibitSuggestions, exhibitText, filingText, warningText } from '@/i18n/documentsAfterAnswerHelp'
import { legalTexts } from '@/i18n/legalTexts'

/** How the texts name a law → the catalogue's key prefix. */
const LAWS: Record<string, string> = {
  民事诉讼法: '民事诉讼法', 解释: '民诉法解释', 证据规定: '民事诉讼证据规定', 诉讼费用交纳办法: '诉讼费用交纳办法', 在线诉讼规则: '人民法院在线诉讼规则',
  互联网法院规定: '互联网法院规定', 延长审限和延期开庭规定: '延长审限和延期开庭规定', 限制高消费规定: '限制高消费规定', 执行异议和复议规定: '执行异议和复议规定',
  民法典: '民法典', 诉讼时效规定: '诉讼时效规定',
}
const NUM = '[一二三四五六七八九十百零]+'
const CITATION = new RegExp(`(${Object.keys(LAWS).join('|')})((?:[、和]?第${NUM}条(?:第${NUM}款)?(?:第（${NUM}）项)?)+)`, 'g')

function citationsIn(text: string): string[] {
  const out: string[] = []
  for (const match of text.matchAll(CITATION)) {
    for (const article of match[2].matchAll(new RegExp(`第${NUM}条`, 'g'))) out.push(`${LAWS[match[1]]}${article[0]}`)
  }
  return out
}

const strings = (value: unknown): string[] => {
  if (typeof value === 'string') return [value]
  if (typeof value === 'function') return []
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings)
  return []
}

describe('after-answer citations', () => {
  const texts = [afterAnswerPurpose, afterAnswerNote, afterAnswerClosed, afterAnswerFieldText, warningText, appealFeeText, filingText, exhibitText, exhibitSuggestions].flatMap(strings)
  const cited = new Set([
    ...texts.flatMap(citationsIn),
    ...APPEAL_FEE_BASIS, ...ENFORCEMENT_PERIOD_BASIS, ...afterAnswerKinds.flatMap((k) => filingOf(k).basis),
  ])

  it('reads the citations out of the texts (the parser finds the ones it should)', () => {
    expect(citationsIn('诉讼费用交纳办法第十七条、第二十二条，解释第三百一十八条')).toEqual(['诉讼费用交纳办法第十七条', '诉讼费用交纳办法第二十二条', '民诉法解释第三百一十八条'])
    expect(cited.size).toBeGreaterThan(25)
  })

  it('each has an article text to show', () => {
    expect([...cited].filter((c) => !legalTexts[c])).toEqual([])
  })
})
