/**
 * Every article the collection guide and the hearing outline cite has its text in the catalogue (src/i18n/legalTexts*.ts),
 * and a rule is shown as a quote only when it was read in the law text: [S] rules are summaries naming their source.
 */
import { conductCodes, conductRules, rulesFor } from '../../../src/domain/collection/conduct'
import { guideBasis } from '../../../src/domain/collection/guide'
import { outlineBasis } from '../../../src/domain/hearing/outline'
import { legalTexts } from '../../../src/i18n/legalTexts'
import { hearingOutlineRows } from '../../../src/domain/documents/templates/hearingOutlineRows'
import type { HearingOutline } from '../../../src/domain/hearing/outline'
import { documentToText } from '../../../src/domain/documents/plainText'
import { renderDocument } from '../../../src/domain/documents/render'
import { collectionComplaintTemplate } from '../../../src/domain/documents/templates/collectionComplaint'
import { collectionLetterTemplate } from '../../../src/domain/documents/templates/collectionLetter'

const rules = conductCodes.flatMap((c) => conductRules[c])

describe('collection and outline citations', () => {
  it('each has an article text to show when tapped', () => {
    const cited = [...rules.map((r) => r.citation), ...Object.values(guideBasis).flat(), ...Object.values(outlineBasis).flat()]
    expect(cited.filter((c) => !legalTexts[c])).toEqual([])
  })

  it('shows the [S] rules as summaries and the verified ones as quotes or excerpts', () => {
    for (const rule of rules) expect({ citation: rule.citation, kind: legalTexts[rule.citation].kind === 'summary' ? 'S' : 'V' }).toEqual({ citation: rule.citation, kind: rule.confidence })
  })

  it('quote what the guide says: third parties\' private life, the crime of collecting ILLEGAL debts, the court not raising limitation', () => {
    expect(legalTexts['民法典第一千零三十三条'].text).toContain('以电话、短信、即时通讯工具、电子邮件、传单等方式侵扰他人的私人生活安宁')
    expect(legalTexts['刑法第二百九十三条之一'].text).toContain('催收高利放贷等产生的非法债务')
    expect(legalTexts['民法典第一百九十三条'].text).toBe('人民法院不得主动适用诉讼时效的规定。')
    expect(legalTexts['诉讼时效规定第十四条'].text).toContain('分期履行、部分履行、提供担保、请求延期履行、制定清偿债务计划')
  })

  it('let the letter and the complaint cite only articles read in the law text, never a secondary rule or the illegal-debt crime', () => {
    for (const template of [collectionLetterTemplate, collectionComplaintTemplate]) {
      const text = documentToText(renderDocument(template, { fields: { name: '张三', caseNumber: '（2026）浙0192民初1号', court: '杭州互联网法院' } }))
      const cited = [...text.matchAll(/《中华人民共和国([^》]+)》((?:第[一二三四五六七八九十百千零]+条)(?:、第[一二三四五六七八九十百千零]+条)*(?:和第[一二三四五六七八九十百千零]+条)?)/g)]
        .flatMap((m) => [...m[2].matchAll(/第[一二三四五六七八九十百千零]+条/g)].map((a) => `${m[1]}${a[0]}`))
      expect(cited.length).toBeGreaterThanOrEqual(3)
      for (const c of cited) expect({ c, kind: legalTexts[c]?.kind }).toEqual({ c, kind: expect.stringMatching(/^(quote|excerpt)$/) })
      expect(text).not.toMatch(/二百九十三条之一|自律|指引|管理办法/)
    }
  })

  it('apply the card rule only to card debts, and never the illegal-debt crime to a licensed lender\'s loan', () => {
    expect(rulesFor('third_party_contact', { creditCard: false, illegalDebt: false }).map((r) => r.citation)).not.toContain('商业银行信用卡业务监督管理办法第六十八条')
    expect(rulesFor('third_party_contact', { creditCard: true, illegalDebt: false }).map((r) => r.citation)).toContain('商业银行信用卡业务监督管理办法第六十八条')
    expect(rulesFor('threats', { creditCard: false, illegalDebt: true }).map((r) => r.citation)).toContain('刑法第二百九十三条之一')
    expect(rulesFor('threats', { creditCard: false, illegalDebt: 'unknown' }).map((r) => r.citation)).toContain('刑法第二百九十三条之一')
    expect(rulesFor('threats', { creditCard: false, illegalDebt: false }).map((r) => r.citation)).not.toContain('刑法第二百九十三条之一')
  })

  it('name in the outline\'s words only articles with a text in the catalogue', () => {
    const outline: HearingOutline = {
      items: [], unanswered: [], securityLeftEmpty: false, otherNotes: null, bring: [], originals: [], online: 'internet_court',
      raise: [{ code: 'limitation', event: 'last_due', latestOn: '2022-01-01', ranOn: '2025-01-01', filingDateKnown: true }],
    }
    const text = JSON.stringify(hearingOutlineRows(outline, { exhibit: (n) => `证据${n}`, item: (c) => c }))
    const named = [...text.matchAll(/(民法典|诉讼时效规定|在线诉讼规则|证据规定)(第[一二三四五六七八九十百千零]+条)/g)].map((m) => m[0])
    expect(named.length).toBeGreaterThanOrEqual(5)
    const key = (n: string) => n.replace(/^在线诉讼规则/, '人民法院在线诉讼规则').replace(/^证据规定/, '民事诉讼证据规定')
    expect(named.filter((n) => !legalTexts[key(n)])).toEqual([])
  })
})
