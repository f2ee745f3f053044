/**
 * 判决之后：什么时候生效、履行期、执行是怎么回事。Pure data (codes + citations); text in src/i18n/lifecycle.ts.
 * Fact sheet §11 (enforcement) and §7 (effect); 失信/限高 marks as the fact sheet gives them.
 */
import { effectiveOn } from './nextStep'
import { deadlineOf, type LifecycleDeadline, type LifecycleFacts } from './lifecycleFacts'

/**
 * How the judgment takes effect:
 * - on_service: 第二审判决是终审判决 (第一百八十二条) / 小额诉讼一审终审 (第一百六十五条), effective when served;
 * - after_appeal_period: 超过上诉期没有上诉 (第一百五十八条), the day after the user's period ends — the other
 *   side's period counts from its own service and may end later (解释第二百四十四条) [M];
 * - appealed: the other side appealed (上诉状副本 served, 第一百七十四条): not effective until the 二审 judgment.
 */
export type EffectKind = 'on_service' | 'after_appeal_period' | 'appealed'

export const enforcementCodes = [
  'enforcement_application_two_years', 'late_performance_double_interest', 'dishonest_list_conditions',
  'consumption_restriction', 'settlement_in_enforcement', 'credit_repair',
] as const
export type EnforcementCode = (typeof enforcementCodes)[number]
export type EnforcementItem = { code: EnforcementCode; basis: readonly string[] }

export type AfterJudgment = {
  effect: EffectKind
  /** 'YYYY-MM-DD', or null when it cannot be known yet (appealed). */
  effectiveOn: string | null
  basis: readonly string[]
  /** The performance deadline (the engine's `performance` kind), when the judgment's period was entered. */
  performanceDue: string | null
  enforcement: readonly EnforcementItem[]
}

/** 执行 in plain words, in the order a debtor meets it. */
const ENFORCEMENT: readonly EnforcementItem[] = [
  // 第二百四十七条: the creditor applies; 第二百五十条: within 2 years from the last day of the performance period,
  // interrupted like limitation; 解释第四百八十一条: a late application is still ACCEPTED — the debtor must object, and
  // one who pays first cannot ask for the money back on that ground.
  { code: 'enforcement_application_two_years', basis: ['民事诉讼法第二百四十七条', '民事诉讼法第二百五十条', '民诉法解释第四百八十一条'] },
  // 第二百六十四条: double interest for the delay, 日万分之一点七五 (迟延履行利息解释第一条), from the end of the period (解释第五百零四条).
  { code: 'late_performance_double_interest', basis: ['民事诉讼法第二百六十四条', '迟延履行利息解释第一条', '民诉法解释第五百零四条'] },
  // 解释第五百一十六条; 失信被执行人名单规定 (2017 text, [S]: only the 2013 text is in LawRefBook/Laws): 第一条 the six
  // grounds; 第二条 2 years only for items 2–6 (extendable 1–3 years); item 1 (able to pay but refusing) has no term and
  // is deleted once the debt is performed (第十条 [S]); 第三条 [S]: not listed under item 1 with adequate security or
  // enough seized assets.
  { code: 'dishonest_list_conditions', basis: ['民诉法解释第五百一十六条', '失信被执行人名单规定第一条', '失信被执行人名单规定第二条', '失信被执行人名单规定第三条', '失信被执行人名单规定第十条'] },
  // 限制高消费规定第一条、第三条 (2010 [V]; 2015 amendment [S]); 第二百六十六条: exit ban, credit record, publication.
  { code: 'consumption_restriction', basis: ['限制高消费规定第一条', '限制高消费规定第三条', '民事诉讼法第二百六十六条'] },
  // 第二百四十一条: 执行和解 is recorded; not keeping it revives the judgment's enforcement.
  { code: 'settlement_in_enforcement', basis: ['民事诉讼法第二百四十一条'] },
  // After paying: 限制高消费规定第九条 (lifted once performed), 失信 deleted (第十条 [S]); the credit record is NOT cleared at
  // once: 征信业管理条例第十六条 keeps negative information 5 years from the end of the conduct, and lets the person add a
  // statement to it; 第二十五条: a wrong record can be disputed.
  { code: 'credit_repair', basis: ['限制高消费规定第九条', '失信被执行人名单规定第十条', '征信业管理条例第十六条', '征信业管理条例第二十五条'] },
]

/**
 * When a judgment has been served: its effect, the performance deadline, and what enforcement means.
 * Null before a judgment (and for payment orders and mediation, which have no judgment).
 * @example afterJudgment({ procedure: 'ordinary', instance: 'second', judgmentServedOn: '2026-06-04' }, [])?.effectiveOn // '2026-06-04'
 */
export function afterJudgment(facts: LifecycleFacts, deadlines: readonly LifecycleDeadline[]): AfterJudgment | null {
  if (!facts.judgmentServedOn || facts.procedure === 'payment_order' || facts.procedure === 'pre_litigation_mediation') return null
  const performanceDue = deadlineOf(deadlines, 'performance')?.due ?? null
  const common = { performanceDue, enforcement: ENFORCEMENT }
  if (facts.instance === 'second') return { effect: 'on_service', effectiveOn: facts.judgmentServedOn, basis: ['民事诉讼法第一百八十二条', '民事诉讼法第一百五十八条'], ...common }
  if (facts.procedure === 'small_claims') return { effect: 'on_service', effectiveOn: facts.judgmentServedOn, basis: ['民事诉讼法第一百六十五条', '民事诉讼法第一百五十八条'], ...common }
  if (facts.appealServedOn) return { effect: 'appealed', effectiveOn: null, basis: ['民事诉讼法第一百七十四条', '民事诉讼法第一百八十二条'], ...common }
  return { effect: 'after_appeal_period', effectiveOn: effectiveOn(facts, deadlines) ?? null, basis: ['民事诉讼法第一百五十八条', '民事诉讼法第一百七十一条', '民诉法解释第二百四十四条'], ...common }
}
