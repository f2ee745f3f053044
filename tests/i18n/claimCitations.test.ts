/**
 * Every article the claim check can cite has its text in the catalogue (issue 17): the points' basis (collected by
 * running the goldens and the rules over the claim kinds, not from a list kept beside them), the cap's basis, the
 * limitation card's list, and the articles the claim-check and evidence texts name inline.
 */
import { capRatesFor } from '@/domain/claims/capRates'
import { checkClaim } from '@/domain/claims/claimCheck'
import { claimKinds } from '@/domain/claims/claimKind'
import { capText } from '@/i18n/claimCap'
import { claimCheckText } from '@/i18n/claimCheck'
import { limitationText } from '@/i18n/claimLimitation'
import { evidenceText } from '@/i18n/evidence'
import { evidenceItemText } from '@/i18n/evidenceItems'
import { claimLegalTexts } from '@/i18n/legalTextsClaims'
import { legalTexts } from '@/i18n/legalTexts'
import { claimGoldens } from '../domain/golden/claimCheck.golden'

function emittedCitations(): Set<string> {
  const all = new Set<string>()
  const add = (basis: readonly string[]) => basis.forEach((b) => all.add(b))
  for (const g of claimGoldens) {
    const findings = checkClaim(g.input)
    findings.points.forEach((p) => add(p.basis))
    if (findings.cap) add(findings.cap.basis)
    if (findings.annualCost) add(findings.annualCost.cap.basis)
  }
  for (const claimKind of claimKinds) {
    for (const termsExplained of ['no', 'unsure'] as const) checkClaim({ claimKind, procedure: 'simple', repayments: [], claimed: {}, termsExplained }).points.forEach((p) => add(p.basis))
    for (const [drawnOn, filedOn] of [['2019-03-01', '2026-03-01'], ['2018-01-01', '2019-06-01'], ['2024-01-01', '2026-01-01']]) {
      const rates = capRatesFor({ claimKind, drawnOn, filedOn })
      if (rates.ok) add(rates.value.basis)
    }
  }
  const known = { known: true, on: '2020-01-10' } as const
  for (const restart of [{}, { lastRepayment: known }, { lastDemand: known }, { lastPromise: known }]) {
    checkClaim({ claimKind: 'credit_card', procedure: 'simple', repayments: [], claimed: {}, limitation: { lastDueOn: '2019-01-10', filedOn: '2026-01-01', ...restart } }).points.forEach((p) => add(p.basis))
  }
  add(limitationText.basis)
  add([limitationText.cardBasis])
  return all
}

const LAWS = '民法典|诉讼时效规定|合同编通则解释|民间借贷规定'
const NUMBER = '第[一二三四五六七八九十百零]+条(?:第[一二三四五六七八九十]+款)?'

/** Articles named inline, e.g. 「诉讼时效规定第八条、第十七条」 → both, each with its law's name. */
function inlineCitations(text: string): string[] {
  const out: string[] = []
  for (const match of text.matchAll(new RegExp(`(${LAWS})(${NUMBER}(?:、${NUMBER})*)`, 'g'))) {
    for (const article of match[2].split('、')) out.push(`${match[1]}${article}`)
  }
  return out
}

const inlineTexts = JSON.stringify([limitationText, capText, claimCheckText.termsHint, evidenceText.limitationLine, evidenceItemText.demand_records, evidenceItemText.disclosure_pages.why('financial_loan')])

describe('claim-check citations', () => {
  const citations = [...emittedCitations()]

  test('the enumeration reaches the rules: the limitation articles, both cap standards and the 提示说明 burden are among them', () => {
    expect(citations).toEqual(expect.arrayContaining(['民法典第一百八十八条', '民法典第一百九十五条', '诉讼时效规定第三条', '法发〔2017〕22号第二条', '民间借贷规定第三十一条', '合同编通则解释第十条第三款']))
    expect(citations.length).toBeGreaterThanOrEqual(25)
  })

  test('each has its text in the catalogue the claim check shows, and in the app-wide one', () => {
    expect(citations.filter((c) => !claimLegalTexts[c])).toEqual([])
    expect(citations.filter((c) => !legalTexts[c])).toEqual([])
  })

  test('the articles named inline in the limitation and evidence texts are in the catalogue too', () => {
    const named = [...new Set(inlineCitations(inlineTexts))]
    expect(named).toEqual(expect.arrayContaining(['诉讼时效规定第十七条', '民法典第一百九十二条第二款', '民法典第五百六十一条']))
    expect(named.filter((c) => !claimLegalTexts[c])).toEqual([])
  })

  test('the verified texts say what the app says they say', () => {
    expect(claimLegalTexts['合同编通则解释第十条第三款'].text).toContain('仅以采取了设置勾选、弹窗等方式为由主张其已经履行提示义务或者说明义务的，人民法院不予支持')
    expect(claimLegalTexts['民法典第一百八十九条'].text).toContain('自最后一期履行期限届满之日起计算')
    expect(claimLegalTexts['民法典第五百六十一条'].text).toContain('（一）实现债权的有关费用；（二）利息；（三）主债务')
    expect(claimLegalTexts['民间借贷规定第三十一条第二款'].text).toContain('自合同成立到2020年8月19日的利息部分')
    expect(claimLegalTexts['诉讼时效规定第八条'].text).toContain('到达或者应当到达对方当事人')
    expect(claimLegalTexts['法发〔2017〕22号第二条'].kind).toBe('summary')
  })
})
