/**
 * 判决能不能上诉，不能上诉时还剩什么：再审向哪个法院、凭什么、期限，以及再审不停止执行。
 * Every article checked against the 2023 民事诉讼法 and the 2022 民诉法解释 in LawRefBook/Laws
 * (解释's own cross-references use the 2021 numbers: its 第二百零七条 = 2023 第二百一十一条).
 */
import { isFinalOnService } from '../deadlines/judgmentRules'
import type { LifecycleFacts } from './lifecycleFacts'
import type { HelpCode, HelpItem } from './missedDeadlineHelp'

/**
 * - appealable: a first-instance judgment in ordinary or simple procedure (第一百七十一条);
 * - small_claims: 一审终审 (第一百六十五条), effective on service (第一百五十八条);
 * - second_instance: 第二审人民法院的判决、裁定，是终审的判决、裁定 (第一百八十二条).
 */
export type Finality = 'appealable' | 'small_claims' | 'second_instance'

/**
 * Whether the case's judgment can be appealed, and if not, why.
 * @example finalityOf({ procedure: 'small_claims' }) // 'small_claims'
 * @example finalityOf({ procedure: 'ordinary', instance: 'second' }) // 'second_instance'
 */
export function finalityOf(facts: Pick<LifecycleFacts, 'procedure' | 'instance'>): Finality {
  if (!isFinalOnService(facts)) return 'appealable'
  return facts.procedure === 'small_claims' ? 'small_claims' : 'second_instance'
}

/** The retrial items are help items: one text catalogue (src/i18n/lifecycle.ts) for both. */
export type RetrialItem = HelpItem

const item = (code: HelpCode, ...basis: string[]): RetrialItem => ({ code, basis })

/**
 * 第二百一十条「当事人申请再审的，不停止判决、裁定的执行」; only once the court DECIDES to retry does its ruling
 * suspend enforcement (第二百一十七条「按照审判监督程序决定再审的案件，裁定中止原判决…的执行」).
 */
export const RETRIAL_DOES_NOT_STOP_ENFORCEMENT = item('retrial_does_not_stop_enforcement', '民事诉讼法第二百一十条', '民事诉讼法第二百一十七条')

/**
 * 解释第四百二十四条第一款: small claims → the original court; its retrial judgment cannot be appealed.
 * 第二百一十六条 6 months from effect (= service), a fixed period (解释第一百二十七条).
 */
export const RETRIAL_AT_ORIGINAL_COURT = item('retrial_at_original_court', '民诉法解释第四百二十四条', '民事诉讼法第二百一十六条', '民诉法解释第一百二十七条')

/**
 * 第二百一十条: the next higher court; where both parties are citizens (原告和被告均为公民, 解释第三百七十四条第二款)
 * also the original court. A lender is usually a company, so for most users only the higher court.
 */
export const RETRIAL_AT_HIGHER_COURT = item('retrial_at_higher_court', '民事诉讼法第二百一十条', '民诉法解释第三百七十四条', '民事诉讼法第二百一十六条', '民诉法解释第一百二十七条')

/**
 * Where the retrial goes, on what grounds, and that applying does not stop enforcement.
 * @example retrialGuide({ procedure: 'small_claims' }).map((i) => i.code)
 * // ['retrial_at_original_court', 'retrial_grounds', 'small_claims_retrial_wrong_procedure', 'retrial_does_not_stop_enforcement']
 */
export function retrialGuide(facts: Pick<LifecycleFacts, 'procedure' | 'instance'>): readonly RetrialItem[] {
  // 第二百一十一条: 13 grounds, among them (十) 未经传票传唤，缺席判决.
  const grounds = item('retrial_grounds', '民事诉讼法第二百一十一条')
  if (finalityOf(facts) === 'small_claims') {
    // 解释第四百二十四条第二款: 以不应按小额诉讼案件审理为由 → the original court; that retrial judgment can be appealed.
    return [RETRIAL_AT_ORIGINAL_COURT, grounds, item('small_claims_retrial_wrong_procedure', '民诉法解释第四百二十四条'), RETRIAL_DOES_NOT_STOP_ENFORCEMENT]
  }
  return [RETRIAL_AT_HIGHER_COURT, grounds, RETRIAL_DOES_NOT_STOP_ENFORCEMENT]
}
