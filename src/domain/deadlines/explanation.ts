/**
 * 期限说明的机器可读代码。The pages turn each code (with its params) into plain Chinese through
 * the i18n catalogue, which is typed against `ExplanationCode` so a new code cannot go untranslated.
 */

export const explanationCodes = [
  /** params {from, to, holiday?}: the raw last day was a rest day (民事诉讼法第八十五条第三款); holiday absent = weekend. */
  'rolled_over',
  /** params {date, holiday}: the raw last day is a weekend 调休上班日, a working day, so no roll-over. */
  'makeup_workday_counts',
  /** params {year}: that year's 放假安排 is not published; weekends + statutory days were applied. */
  'provisional_calendar',
  /** params {publishedOn, deemedServedOn}: 公告送达, deemed served 30 days later (第九十五条). */
  'public_notice_deemed_served',
  /** 简易程序不适用公告送达 (民诉法解释第一百四十条). */
  'public_notice_excludes_simple_procedure',
  /** 下落不明的案件不适用小额诉讼 (第一百六十六条第四项). */
  'public_notice_excludes_small_claims',
  /** params {days}: the court set the answer period (解释第二百六十六条/第二百七十五条). */
  'court_set_answer_period',
  /** params {requested, applied}: small-claims answer period is at most 15 days (解释第二百七十五条). */
  'small_claims_answer_capped',
  /** 管辖权异议应在答辩期间提出 (第一百三十条第一款). */
  'jurisdiction_objection_within_answer_period',
  /** 应诉答辩而未提异议视为同意管辖 (第一百三十条第二款). */
  'answer_on_merits_accepts_jurisdiction',
  /** 小额诉讼管辖异议裁定一经作出即生效 (解释第二百七十六条). */
  'small_claims_jurisdiction_ruling_final',
  /** params {date}: the 举证通知书 fixed the last day. */
  'evidence_date_from_notice',
  /** params {days}: the 举证通知书 gave N days from service. */
  'evidence_days_from_service',
  /** 延长举证期限须在届满前书面申请 (解释第一百条). */
  'evidence_extension_in_writing',
  /** 无正当理由拒不到庭可缺席判决 (第一百四十七条). */
  'hearing_absence_default_judgment',
  /** 支付令异议须书面提出 (第二百二十七条). */
  'payment_order_written_objection_only',
  /** 口头异议无效 (解释第四百三十六条). */
  'payment_order_oral_objection_void',
  /** 仅称无力清偿、要求延期或变更方式不是异议 (解释第四百三十六条). */
  'payment_order_inability_not_objection',
  /** 超过期间的异议视为未提出 (解释第四百三十一条). */
  'payment_order_late_objection_void',
  /** 须在期间内递交上诉状 (解释第三百一十八条). */
  'appeal_requires_written_petition',
  /** 仅不予受理、管辖异议、驳回起诉的裁定可上诉 (第一百五十七条). */
  'appeal_ruling_limited_kinds',
  /** 小额诉讼一审终审，不能上诉 (第一百六十五条). */
  'small_claims_no_appeal',
  /** 小额诉讼再审向原审法院申请 (解释第四百二十四条). */
  'small_claims_retrial_original_court',
  /** params {effectiveOn, onService?}: the judgment's effective date: on service for a final judgment (onService: 1), otherwise assumed (no party appealed) [M]. */
  'judgment_effective_on',
  /** 不变期间：不中止、不中断、不延长 (解释第一百二十七条). */
  'fixed_period',
  /** 调解期限经双方同意可延长 (特邀调解规定第二十七条). */
  'mediation_extendable_by_consent',
  /** 委派调解未达成协议的，坚持诉讼则登记立案 (特邀调解规定第二十一条). */
  'mediation_failure_leads_to_filing',
  /** A 二审 judgment is final on service: no appeal (第一百八十二条; 第一百五十八条). */
  'second_instance_final',
  /** params {days}: the party has no domicile in the PRC, so the period is 30 days (第二百八十五条/第二百八十六条). */
  'foreign_party_period',
  /** params {publishedOn, deemedServedOn, days}: 公告送达 to a party abroad, deemed served after `days` (第二百八十三条). */
  'foreign_public_notice_deemed_served',
  /** 不提出答辩状的，不影响人民法院审理 (第一百七十四条). */
  'appeal_answer_optional',
  /** params {days, effectiveOn}: 履行期间 counted from the judgment's effective date. */
  'performance_from_effective_date',
  /** 对方的上诉期可能更晚届满，判决生效日以法院确认为准 (解释第二百四十四条) [M]. */
  'other_party_appeal_period_may_differ',
  /** 逾期不履行的，加倍支付迟延履行期间的债务利息 (第二百六十四条)；对方可申请执行 (第二百五十条). */
  'late_performance_consequences',
  /** params {hearingAt}: 对适用小额诉讼程序有异议的，开庭前提出 (解释第二百七十九条). */
  'small_claims_objection_before_hearing',
  /** params {year}: the next year's 放假安排 is unpublished and could move a late-December date. */
  'next_year_unpublished',
] as const

export type ExplanationCode = (typeof explanationCodes)[number]

export type Explanation = { code: ExplanationCode; params: Record<string, string | number> }

/**
 * Builds one explanation entry.
 * @example explain('provisional_calendar', { year: 2027 }) // { code: 'provisional_calendar', params: { year: 2027 } }
 */
export function explain(code: ExplanationCode, params: Record<string, string | number> = {}): Explanation {
  return { code, params }
}
