/**
 * 期限过了，还能做什么。For every deadline kind, what the law still allows, each item with the
 * articles it rests on (2023 民事诉讼法; 解释 = 2022 民诉法解释). Verified against the law text in
 * LawRefBook/Laws (fact sheet §0); the pages translate the codes (src/i18n/lifecycle.ts).
 */
import type { LifecycleFacts, LifecycleKind } from './lifecycleFacts'
import { finalityOf, RETRIAL_AT_HIGHER_COURT, RETRIAL_AT_ORIGINAL_COURT, RETRIAL_DOES_NOT_STOP_ENFORCEMENT } from './retrial'

/** detail: a legal exception few users meet; the page folds it below the items everyone needs. */
export type HelpItem = { code: HelpCode; basis: readonly string[]; detail?: true }

export const helpCodes = [
  'answer_still_accepted', 'attend_hearing_anyway', 'period_extension_after_obstacle',
  'jurisdiction_deemed_accepted', 'jurisdiction_level_or_exclusive', 'jurisdiction_court_transfers',
  'late_evidence_reasons', 'late_evidence_consequences', 'evidence_extension_next_time',
  'hearing_default_judgment', 'appeal_after_default_judgment', 'no_summons_retrial_ground',
  'small_claims_default_final', 'second_instance_hearing_missed', 'second_instance_default_final',
  'payment_order_enforceable', 'payment_order_still_negotiate',
  'judgment_effective', 'ruling_effective',
  'retrial_at_original_court', 'retrial_at_higher_court', 'retrial_grounds', 'retrial_does_not_stop_enforcement',
  'retrial_fixed_period', 'retrial_from_knowledge',
  'mediation_period_over',
  'appeal_answer_still_accepted',
  'late_performance_double_interest', 'enforcement_can_start', 'settlement_in_enforcement',
  'small_claims_objection_lost', 'small_claims_retrial_wrong_procedure',
] as const
export type HelpCode = (typeof helpCodes)[number]

const item = (code: HelpCode, ...basis: string[]): HelpItem => ({ code, basis })
const detail = (code: HelpCode, ...basis: string[]): HelpItem => ({ code, basis, detail: true })

/** 第八十六条: an obstacle (不可抗拒的事由或者其他正当理由) → ask within 10 days after it ends; the court decides. */
const EXTENSION = item('period_extension_after_obstacle', '民事诉讼法第八十六条')
/** 第二百一十一条第十项「未经传票传唤，缺席判决的」. */
const NO_SUMMONS = item('no_summons_retrial_ground', '民事诉讼法第二百一十一条')
/** 第一百二十八条第二款 / 第一百七十四条: not answering does not stop the hearing; 第一百四十七条: absence → default judgment. */
const ATTEND = item('attend_hearing_anyway', '民事诉讼法第一百四十七条')

/**
 * What can still be done, per kind. Exhaustive over the engine's kinds: a new kind without help does
 * not compile.
 */
const HELP: Record<LifecycleKind, readonly HelpItem[]> = {
  // 第一百二十八条第二款「被告不提出答辩状的，不影响人民法院审理」: a late answer is still read; the hearing is where it counts.
  answer: [item('answer_still_accepted', '民事诉讼法第一百二十八条'), ATTEND, EXTENSION],
  // 第一百三十条第二款: answering on the merits without objecting = accepting the court, 但违反级别管辖和专属管辖规定的除外;
  // 解释第三十五条: no answer at all → the court must still transfer a case it finds outside its jurisdiction before the hearing;
  // 第三十七条: a court that finds it has no jurisdiction transfers the case.
  jurisdiction_objection: [
    item('jurisdiction_deemed_accepted', '民事诉讼法第一百三十条', '民诉法解释第二百二十三条'),
    detail('jurisdiction_level_or_exclusive', '民事诉讼法第一百三十条'),
    detail('jurisdiction_court_transfers', '民诉法解释第三十五条', '民事诉讼法第三十七条'),
    EXTENSION,
  ],
  // 解释第一百零一条: the court asks for reasons; objective cause or no objection → treated as on time.
  // 解释第一百零二条: deliberate / grossly negligent → refused unless about basic facts (then 训诫、罚款); otherwise admitted with 训诫.
  // 解释第一百条: an extension must be asked for in writing before the period ends.
  evidence: [
    item('late_evidence_reasons', '民诉法解释第一百零一条'),
    item('late_evidence_consequences', '民诉法解释第一百零二条'),
    item('evidence_extension_next_time', '民诉法解释第一百条', '民事诉讼法第六十八条'),
    EXTENSION,
  ],
  // An appealable judgment (ordinary, simple at first instance): 第一百四十七条 default judgment; 第一百七十一条 the
  // appeal still runs from service of that judgment; 第二百一十一条第十项: a default judgment without a summons
  // (未经传票传唤) is a retrial ground. Small claims and 二审: see HEARING_FINAL below.
  hearing: [
    item('hearing_default_judgment', '民事诉讼法第一百四十七条'),
    item('appeal_after_default_judgment', '民事诉讼法第一百七十一条'),
    NO_SUMMONS,
  ],
  // 第二百二十七条: no objection and no payment → the creditor can apply for enforcement; 解释第四百三十一条: a late objection counts as none.
  payment_order_objection: [
    item('payment_order_enforceable', '民事诉讼法第二百二十七条', '民诉法解释第四百三十一条'),
    item('payment_order_still_negotiate', '民事诉讼法第二百四十一条'),
    EXTENSION,
  ],
  // 第一百五十八条: not appealed in time → effective; 第二百一十条 retrial at the next higher court, 第二百一十六条 within
  // 6 months, fixed (解释第一百二十七条); applying does not stop enforcement (第二百一十条).
  appeal_judgment: [
    item('judgment_effective', '民事诉讼法第一百五十八条'),
    RETRIAL_AT_HIGHER_COURT,
    RETRIAL_DOES_NOT_STOP_ENFORCEMENT,
    EXTENSION,
  ],
  appeal_ruling: [item('ruling_effective', '民事诉讼法第一百五十八条'), EXTENSION],
  // 解释第一百二十七条: 不变期间, no extension; 第二百一十六条: for new evidence etc. 6 months from knowing.
  retrial: [item('retrial_fixed_period', '民诉法解释第一百二十七条'), item('retrial_from_knowledge', '民事诉讼法第二百一十六条')],
  mediation_end: [item('mediation_period_over', '特邀调解规定第二十七条')],
  // 第一百七十四条「对方当事人不提出答辩状的，不影响人民法院审理」.
  appeal_answer: [item('appeal_answer_still_accepted', '民事诉讼法第一百七十四条'), ATTEND, EXTENSION],
  // 第二百六十四条 double interest from the end of the period (解释第五百零四条); 第二百四十七条、第二百五十条 enforcement;
  // 第二百四十一条 执行和解.
  performance: [
    item('late_performance_double_interest', '民事诉讼法第二百六十四条', '民诉法解释第五百零四条', '迟延履行利息解释第一条'),
    // 第二百五十条: 2 years; 解释第四百八十一条: a late application is still accepted, the debtor must object.
    item('enforcement_can_start', '民事诉讼法第二百四十七条', '民事诉讼法第二百五十条', '民诉法解释第四百八十一条'),
    item('settlement_in_enforcement', '民事诉讼法第二百四十一条'),
  ],
  // 解释第二百七十九条: the objection must come before the hearing; 解释第四百二十四条第二款: retrial at the original
  // court on the ground that it should not have been a small claim (that retrial judgment can be appealed).
  small_claims_objection: [
    item('small_claims_objection_lost', '民诉法解释第二百七十九条'),
    item('small_claims_retrial_wrong_procedure', '民诉法解释第四百二十四条'),
  ],
}

/**
 * A missed hearing where the judgment cannot be appealed: never an appeal, only retrial.
 * - small claims: 第一百四十七条 default judgment, 一审终审 (第一百六十五条), effective on service (第一百五十八条);
 *   retrial at the original court (解释第四百二十四条) within 6 months (第二百一十六条).
 * - 二审: 第一百八十一条 applies the first-instance rules: the appellee absent → default judgment (第一百四十七条);
 *   the appellant absent → 按撤诉处理 (第一百四十六条), i.e. the appeal treated as withdrawn [M: by analogy through
 *   第一百八十一条, as courts apply it]; the 二审 judgment is final (第一百八十二条); retrial at the next higher court
 *   (第二百一十条).
 */
const HEARING_FINAL: Record<'small_claims' | 'second_instance', readonly HelpItem[]> = {
  small_claims: [
    item('hearing_default_judgment', '民事诉讼法第一百四十七条'),
    item('small_claims_default_final', '民事诉讼法第一百六十五条', '民事诉讼法第一百五十八条'),
    RETRIAL_AT_ORIGINAL_COURT,
    NO_SUMMONS,
    RETRIAL_DOES_NOT_STOP_ENFORCEMENT,
  ],
  second_instance: [
    item('second_instance_hearing_missed', '民事诉讼法第一百八十一条', '民事诉讼法第一百四十六条', '民事诉讼法第一百四十七条'),
    item('second_instance_default_final', '民事诉讼法第一百八十二条', '民事诉讼法第一百五十八条'),
    RETRIAL_AT_HIGHER_COURT,
    NO_SUMMONS,
    RETRIAL_DOES_NOT_STOP_ENFORCEMENT,
  ],
}

/**
 * What the user can still do once a deadline of this kind has passed. The procedure and instance decide what
 * follows a missed hearing: an appeal only where the judgment is appealable (第一百六十五条, 第一百八十二条).
 * @example missedDeadlineHelp('answer')[0] // { code: 'answer_still_accepted', basis: ['民事诉讼法第一百二十八条'] }
 * @example missedDeadlineHelp('hearing', { procedure: 'small_claims' }).map((i) => i.code)
 * // ['hearing_default_judgment', 'small_claims_default_final', 'retrial_at_original_court', 'no_summons_retrial_ground', 'retrial_does_not_stop_enforcement']
 */
export function missedDeadlineHelp(kind: LifecycleKind, facts: Pick<LifecycleFacts, 'procedure' | 'instance'> = { procedure: 'ordinary' }): readonly HelpItem[] {
  const finality = finalityOf(facts)
  if (kind === 'hearing' && finality !== 'appealable') return HEARING_FINAL[finality]
  return HELP[kind]
}

/** Every procedure × instance the help differs by (for tests that enumerate the citations). */
export const helpFacts: readonly Pick<LifecycleFacts, 'procedure' | 'instance'>[] = [
  { procedure: 'ordinary' }, { procedure: 'simple' }, { procedure: 'small_claims' }, { procedure: 'ordinary', instance: 'second' },
]

/** Every kind with help (for tests that enumerate the citations). */
export const helpKinds = Object.keys(HELP) as LifecycleKind[]
