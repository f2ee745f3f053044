/**
 * 催收人员不能做的事，每一件配上说它不能做的规定。
 *
 * Confidence (shared/context/legal-rules.md §0): V = read in the law text (LawRefBook/Laws); S = a secondary
 * source (a public repository quoting the official text, or news copy of a self-regulatory code); the app shows
 * S rules as 参考. A filing or letter cites only V articles.
 *
 * - 个人信息保护法（2021）第六条、第十条、第十三条 [V]: processing needs a lawful basis, must be directly related to
 *   its purpose and affect the person least; nobody may use another's personal information unlawfully. The
 *   people in a borrower's contact list are not parties to the loan (our reading of how these apply: 参考 where shown).
 * - 民法典第一千零二十四条（名誉）、第一千零三十二条（隐私：刺探、侵扰、泄露、公开）、第一千零三十三条第一项（以电话、
 *   短信、即时通讯工具…侵扰他人的私人生活安宁）、第一千零三十八条（不得向他人非法提供个人信息）[V].
 * - 刑法第二百七十九条（冒充国家机关工作人员招摇撞骗）[V]; 第二百九十三条之一（催收高利放贷等产生的非法债务，使用暴力、
 *   胁迫，限制人身自由或侵入住宅，恐吓、跟踪、骚扰）[V] — only for ILLEGAL debts such as usury, never said to apply
 *   to an ordinary consumer loan.
 * - 治安管理处罚法（2025年修订，2026-01-01施行）第五十条第一款第五项「多次发送淫秽、侮辱、恐吓等信息或者采取滋扰、纠缠、
 *   跟踪等方法，干扰他人正常生活的」[S: LawRefBook holds only the 2012 text (第四十二条); the 2025 wording is quoted
 *   from the 最高检 repost in a public repository].
 * - 银行保险机构消费者权益保护管理办法（2022）第四十一条: no collection in the name of administrative or judicial organs,
 *   no violence, threats or fraud [S: secondary summaries; primary text not retrieved].
 * - 商业银行信用卡业务监督管理办法（2011）第六十八条: collect from the debtor and guarantor only, not from unrelated third
 *   persons; no violence, coercion, threats or abuse [S: reposts] — credit cards only.
 * - 中国银行业协会《金融机构个人消费类贷款催收工作指引（试行）》(published 2026-01-30): no collection 22:00–8:00
 *   without consent, at most 6 attempts a day on one number, no collection from unrelated third persons, no
 *   impersonating administrative or judicial organs, no spreading privacy, threats, abuse, misleading claims
 *   about legal consequences [S: news reports of 2026-01-31] — a self-regulatory code for its members.
 * - 中国互联网金融协会《互联网金融逾期债务催收自律公约（试行）》(2018) [S: text not retrieved; article numbers in
 *   secondary copies disagree, so none is cited] — binds the association's members.
 */

export const conductCodes = ['third_party_contact', 'debt_disclosed', 'threats', 'false_authority', 'abuse', 'harassment'] as const
export type ConductCode = (typeof conductCodes)[number]

export type Confidence = 'V' | 'S'
/** Who a rule binds, when not everyone: say it next to the rule. */
export type RuleScope = 'everyone' | 'illegal_debts_only' | 'credit_cards_only' | 'regulated_lenders' | 'association_members'
export type ConductRule = { citation: string; confidence: Confidence; scope: RuleScope }

const v = (citation: string, scope: RuleScope = 'everyone'): ConductRule => ({ citation, confidence: 'V', scope })
const s = (citation: string, scope: RuleScope): ConductRule => ({ citation, confidence: 'S', scope })

export const PIPL_BASIS = '个人信息保护法第十三条'
export const PIPL_PURPOSE = '个人信息保护法第六条'
export const PIPL_NO_UNLAWFUL_USE = '个人信息保护法第十条'
export const PRIVACY_INTRUSION = '民法典第一千零三十三条'
export const BANKING_GUIDELINE = '金融机构个人消费类贷款催收工作指引'
export const NIFA_CONVENTION = '互联网金融逾期债务催收自律公约'
export const CONSUMER_RULES = '银行保险机构消费者权益保护管理办法第四十一条'
export const CARD_RULES = '商业银行信用卡业务监督管理办法第六十八条'
export const PUBLIC_ORDER = '治安管理处罚法第五十条'
export const ILLEGAL_DEBT_CRIME = '刑法第二百九十三条之一'

/** The rules behind each conduct, verified ones first. */
export const conductRules: Record<ConductCode, readonly ConductRule[]> = {
  third_party_contact: [
    v(PIPL_BASIS), v(PIPL_PURPOSE), v(PRIVACY_INTRUSION),
    s(BANKING_GUIDELINE, 'association_members'), s(CARD_RULES, 'credit_cards_only'), s(NIFA_CONVENTION, 'association_members'),
  ],
  debt_disclosed: [v('民法典第一千零三十二条'), v('民法典第一千零三十八条'), v(PIPL_NO_UNLAWFUL_USE), s(BANKING_GUIDELINE, 'association_members')],
  threats: [s(PUBLIC_ORDER, 'everyone'), s(CONSUMER_RULES, 'regulated_lenders'), s(BANKING_GUIDELINE, 'association_members'), v(ILLEGAL_DEBT_CRIME, 'illegal_debts_only')],
  false_authority: [v('刑法第二百七十九条'), s(CONSUMER_RULES, 'regulated_lenders'), s(BANKING_GUIDELINE, 'association_members')],
  abuse: [v('民法典第一千零二十四条'), s(PUBLIC_ORDER, 'everyone'), s(CARD_RULES, 'credit_cards_only'), s(BANKING_GUIDELINE, 'association_members')],
  harassment: [v(PRIVACY_INTRUSION), s(PUBLIC_ORDER, 'everyone'), s(BANKING_GUIDELINE, 'association_members')],
}

/**
 * The rules to show for a conduct in this case: the credit-card rule only for card debts; the crime of collecting
 * illegal debts never for a licensed lender's loan (illegalDebt false), shown with its scope when the lender is a
 * private one the app knows nothing about ('unknown'), and as applying only when the debt is illegal (true).
 * @example rulesFor('threats', { creditCard: false, illegalDebt: false }).map((r) => r.citation)
 * // ['治安管理处罚法第五十条', '银行保险机构消费者权益保护管理办法第四十一条', '金融机构个人消费类贷款催收工作指引']
 */
export function rulesFor(conduct: ConductCode, c: { creditCard: boolean; illegalDebt: boolean | 'unknown' }): ConductRule[] {
  return conductRules[conduct].filter((r) => (r.scope !== 'credit_cards_only' || c.creditCard) && (r.scope !== 'illegal_debts_only' || c.illegalDebt !== false))
}
