/**
 * Golden cases for issue 10: second instance, a party abroad, the answer to an appeal, the
 * small-claims objection, performance, and calendar edges at the year end. Articles were checked
 * against the 2023 民事诉讼法 and the 2022 民诉法解释 text (src/domain/README.md). Expected dates
 * were worked out by hand from the State Council notices, not copied from the engine.
 */
import type { ExplanationCode } from '../../../src/domain/deadlines'
import type { GoldenCase, GoldenDeadline } from './deadlines.golden'

const pair = (safeDue: string, due: string, extra: Partial<GoldenDeadline> = {}): GoldenDeadline[] => [
  { kind: 'jurisdiction_objection', safeDue, due, ...extra },
  { kind: 'answer', safeDue, due, ...extra },
]
const FINAL: ExplanationCode[] = ['second_instance_final', 'judgment_effective_on', 'fixed_period']

export const caseLifeCases: GoldenCase[] = [
  // ── Second instance (第一百八十二条, 第一百五十八条, 第二百一十六条; 解释第一百二十七条) ─────────
  { name: '民终 judgment served 2026-06-04: no appeal; retrial 6 months from service, 12-04 (not 12-23)', citation: '民事诉讼法第一百八十二条、第一百五十八条、第二百一十六条; 解释第一百二十七条; 民法典第二百零二条', facts: { procedure: 'ordinary', instance: 'second', judgmentServedOn: '2026-06-04' }, expect: [{ kind: 'retrial', safeDue: '2026-12-04', due: '2026-12-04', startsFrom: '2026-06-04', codes: FINAL, basis: ['民事诉讼法第一百八十二条', '民事诉讼法第一百五十八条', '民诉法解释第一百二十七条', '民法典第二百零二条'] }] },
  { name: '民终 judgment served 08-31: retrial ends on the last day of February, the 春节 make-up Saturday 2026-02-28', citation: '民事诉讼法第二百一十六条、第八十五条; 民法典第二百零二条', facts: { procedure: 'ordinary', instance: 'second', judgmentServedOn: '2025-08-31' }, expect: [{ kind: 'retrial', safeDue: '2026-02-28', due: '2026-02-28', codes: ['makeup_workday_counts', 'second_instance_final'] }] },
  { name: '民终 ruling: final, no appeal deadline', citation: '民事诉讼法第一百八十二条', facts: { procedure: 'simple', instance: 'second', rulingServedOn: '2026-06-04' }, expect: [] },

  // ── Answer to the other side's appeal (第一百七十四条; 第二百八十六条) ─────────────────────
  { name: 'answer to an appeal: 15 days from the 上诉状副本, Saturday 03-21 → 03-23', citation: '民事诉讼法第一百七十四条、第八十五条', facts: { procedure: 'ordinary', appealServedOn: '2026-03-06' }, expect: [{ kind: 'appeal_answer', safeDue: '2026-03-21', due: '2026-03-23', startsFrom: '2026-03-06', codes: ['appeal_answer_optional', 'rolled_over'] }] },
  { name: 'the lender appealed: own appeal and the answer to it, but no effective date, retrial or performance from the first-instance judgment', citation: '民事诉讼法第一百七十一条、第一百七十四条、第一百五十八条', facts: { procedure: 'ordinary', judgmentServedOn: '2026-03-02', appealServedOn: '2026-03-10', performanceDays: 10 }, expect: [{ kind: 'appeal_judgment', safeDue: '2026-03-17', due: '2026-03-17' }, { kind: 'appeal_answer', safeDue: '2026-03-25', due: '2026-03-25' }] },

  // ── A party without a domicile in the PRC (第二百八十三条, 第二百八十五条, 第二百八十六条) ───
  { name: 'party abroad: 30 days to answer (and object to jurisdiction)', citation: '民事诉讼法第二百八十五条、第一百三十条', facts: { procedure: 'ordinary', servedOn: '2026-03-02', foreignParty: true }, expect: pair('2026-04-01', '2026-04-01', { basis: ['民事诉讼法第二百八十五条'] }).map((d) => d.kind === 'answer' ? { ...d, codes: ['foreign_party_period'] as ExplanationCode[] } : d) },
  { name: 'party abroad: 30 days to appeal a judgment; retrial from the day after, 10-02 on 国庆 → 10-08', citation: '民事诉讼法第二百八十六条、第二百一十六条、第八十五条', facts: { procedure: 'ordinary', judgmentServedOn: '2026-03-02', foreignParty: true }, expect: [{ kind: 'appeal_judgment', safeDue: '2026-04-01', due: '2026-04-01', codes: ['foreign_party_period'], basis: ['民事诉讼法第二百八十六条'] }, { kind: 'retrial', safeDue: '2026-10-02', due: '2026-10-08', startsFrom: '2026-04-02', codes: ['other_party_appeal_period_may_differ'] }] },
  { name: 'party abroad: 30 days to appeal a ruling', citation: '民事诉讼法第二百八十六条、第一百五十七条', facts: { procedure: 'simple', rulingServedOn: '2026-03-02', foreignParty: true }, expect: [{ kind: 'appeal_ruling', safeDue: '2026-04-01', due: '2026-04-01', basis: ['民事诉讼法第二百八十六条'] }] },
  { name: 'party abroad: public notice deemed served after 60 days, then 30 days to answer; Saturday 05-30 → 06-01', citation: '民事诉讼法第二百八十三条第二款、第二百八十五条、第八十五条', facts: { procedure: 'ordinary', publicNoticeOn: '2026-03-01', foreignParty: true }, expect: pair('2026-05-30', '2026-06-01', { startsFrom: '2026-04-30', basis: ['民事诉讼法第二百八十三条'] }).map((d) => d.kind === 'answer' ? { ...d, codes: ['foreign_public_notice_deemed_served'] as ExplanationCode[] } : d) },
  { name: 'party abroad: 30 days to answer an appeal', citation: '民事诉讼法第二百八十六条', facts: { procedure: 'ordinary', appealServedOn: '2026-03-02', foreignParty: true }, expect: [{ kind: 'appeal_answer', safeDue: '2026-04-01', due: '2026-04-01', basis: ['民事诉讼法第二百八十六条'] }] },

  // ── Small claims objection (解释第二百七十九条; 第一百六十九条第二款) ─────────────────────
  { name: 'small claims: object to the procedure before the hearing; advised the day before', citation: '民诉法解释第二百七十九条; 民事诉讼法第一百六十九条', facts: { procedure: 'small_claims', servedOn: '2026-03-02', hearingAt: '2026-03-20T09:30' }, expect: [...pair('2026-03-17', '2026-03-17'), { kind: 'small_claims_objection', safeDue: '2026-03-19', due: '2026-03-20', rolledOver: false, at: '2026-03-20T09:30', startsFrom: null, codes: ['small_claims_objection_before_hearing'] }, { kind: 'hearing', safeDue: '2026-03-20', due: '2026-03-20' }] },

  // ── Performance (第一百五十八条, 第二百六十四条, 第二百五十条; 解释第二百四十四条) ─────────────
  { name: 'performance after a first-instance judgment: 10 days from the assumed effective date 03-18, Saturday 03-28 → 03-30', citation: '民事诉讼法第一百五十八条、第一百七十一条、第二百六十四条、第八十五条; 解释第二百四十四条', facts: { procedure: 'ordinary', judgmentServedOn: '2026-03-02', performanceDays: 10 }, expect: [{ kind: 'appeal_judgment', safeDue: '2026-03-17', due: '2026-03-17' }, { kind: 'performance', safeDue: '2026-03-28', due: '2026-03-30', startsFrom: '2026-03-18', codes: ['performance_from_effective_date', 'other_party_appeal_period_may_differ', 'late_performance_consequences'], basis: ['民诉法解释第二百四十四条', '民事诉讼法第二百六十四条', '民事诉讼法第二百五十条'] }, { kind: 'retrial', safeDue: '2026-09-18', due: '2026-09-18' }] },
  { name: 'performance after a 民终 judgment: 10 days from service, Sunday 06-14 → 06-15', citation: '民事诉讼法第一百八十二条、第一百五十八条、第八十五条', facts: { procedure: 'ordinary', instance: 'second', judgmentServedOn: '2026-06-04', performanceDays: 10 }, expect: [{ kind: 'performance', safeDue: '2026-06-14', due: '2026-06-15', startsFrom: '2026-06-04', codes: ['second_instance_final', 'performance_from_effective_date'] }, { kind: 'retrial', safeDue: '2026-12-04', due: '2026-12-04' }] },
  { name: 'performance after a small-claims judgment: effective on service', citation: '民事诉讼法第一百六十五条、第一百五十八条', facts: { procedure: 'small_claims', judgmentServedOn: '2026-06-01', performanceDays: 10 }, expect: [{ kind: 'performance', safeDue: '2026-06-11', due: '2026-06-11', startsFrom: '2026-06-01' }, { kind: 'retrial', safeDue: '2026-12-01', due: '2026-12-01' }] },

  // ── Calendar edges at the year end ────────────────────────────────────────────────
  { name: 'the 2023 notice names 2022-12-31 (元旦): a last day on it rolls to 2023-01-03, not provisional', citation: '民事诉讼法第一百二十八条、第八十五条; 国办发明电〔2022〕16号', facts: { procedure: 'ordinary', servedOn: '2022-12-16' }, expect: pair('2022-12-31', '2023-01-03').map((d) => ({ ...d, codes: ['rolled_over'] as ExplanationCode[] })) },
  { name: 'a last day on 2026-12-29 while the 2027 notice is unpublished is provisional', citation: '民事诉讼法第二百二十七条、第八十五条 [M: a notice can reach back into December]', facts: { procedure: 'payment_order', servedOn: '2026-12-14' }, expect: [{ kind: 'payment_order_objection', safeDue: '2026-12-29', due: '2026-12-29', provisional: true, codes: ['next_year_unpublished'] }] },
  { name: 'a roll-over onto 2026-12-28 while the 2027 notice is unpublished is provisional', citation: '民事诉讼法第二百二十七条、第八十五条', facts: { procedure: 'payment_order', servedOn: '2026-12-11' }, expect: [{ kind: 'payment_order_objection', safeDue: '2026-12-26', due: '2026-12-28', provisional: true, codes: ['rolled_over', 'next_year_unpublished'] }] },
  { name: 'a last day on 2025-12-30 is provisional while 2026 is unpublished …', citation: '民事诉讼法第二百二十七条、第八十五条', publishedYears: [2023, 2024, 2025], facts: { procedure: 'payment_order', servedOn: '2025-12-15' }, expect: [{ kind: 'payment_order_objection', safeDue: '2025-12-30', due: '2025-12-30', provisional: true, codes: ['next_year_unpublished'] }] },
  { name: '… and firm once the 2026 notice is in the data', citation: '民事诉讼法第二百二十七条、第八十五条', facts: { procedure: 'payment_order', servedOn: '2025-12-15' }, expect: [{ kind: 'payment_order_objection', safeDue: '2025-12-30', due: '2025-12-30' }] },
]
