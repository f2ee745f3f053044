/**
 * Golden deadline cases, as data. Each cites the rule it exercises (2023 民事诉讼法 numbering;
 * 解释 = 2022 民诉法解释). Expected dates were worked out by hand from the State Council notices
 * and the fact sheet's worked examples (§1), not copied from the engine's output.
 * `expect` lists EVERY deadline the engine must return, in its sorted order.
 */
import type { CaseFacts, ExplanationCode } from '../../../src/domain/deadlines'
import { caseLifeCases } from './caseLife.golden'

export type GoldenDeadline = {
  kind: string
  safeDue: string
  due: string
  provisional?: boolean
  /** Defaults to safeDue !== due; a date that is not a period end (小额诉讼异议) can differ without a roll-over. */
  rolledOver?: boolean
  startsFrom?: string | null
  at?: string
  daysLeft?: number
  /** Codes that must appear in the explanation (others may too). */
  codes?: ExplanationCode[]
  /** Citations that must appear in `basis` (others may too). */
  basis?: string[]
}

export type GoldenCase = {
  name: string
  citation: string
  facts: CaseFacts
  today?: string
  /** Only these bundled years count as published (default: all of them). */
  publishedYears?: number[]
  /** An instant and where the phone is; `today` is derived with beijingToday. */
  now?: { ms: number; zone: string; beijingToday: string }
  expect: GoldenDeadline[]
}

/** Answer and jurisdiction objection share the answer period (第一百三十条). */
const answerPair = (safeDue: string, due: string, extra: Partial<GoldenDeadline> = {}): GoldenDeadline[] => [
  { kind: 'jurisdiction_objection', safeDue, due, ...extra, codes: ['jurisdiction_objection_within_answer_period'] },
  { kind: 'answer', safeDue, due, ...extra },
]
const rolled: ExplanationCode[] = ['rolled_over']
const ART_128 = '民事诉讼法第一百二十八条、第一百三十条、第八十五条'

export const goldenDeadlineCases: GoldenCase[] = [
  // ── Answer period and roll-over (第一百二十八条, 第八十五条) ─────────────────────────
  { name: 'answer ending on 国庆 2026-10-01 moves to 10-08', citation: ART_128, facts: { procedure: 'ordinary', servedOn: '2026-09-16', serviceMethod: 'direct' }, expect: answerPair('2026-10-01', '2026-10-08') },
  { name: 'answer ending inside the 2026 Spring Festival block moves to 02-24', citation: ART_128, facts: { procedure: 'ordinary', servedOn: '2026-02-05', serviceMethod: 'mail' }, expect: answerPair('2026-02-20', '2026-02-24') },
  { name: 'answer ending on a Saturday moves to Monday', citation: ART_128, facts: { procedure: 'ordinary', servedOn: '2026-03-06', serviceMethod: 'electronic' }, expect: answerPair('2026-03-21', '2026-03-23') },
  { name: 'answer ending on the 调休 make-up Saturday 2026-02-14 does not move', citation: `${ART_128}; 民通意见第一百九十八条 (actual rest day) [S]`, facts: { procedure: 'ordinary', servedOn: '2026-01-30' }, expect: answerPair('2026-02-14', '2026-02-14').map((d) => ({ ...d, codes: ['makeup_workday_counts'] as ExplanationCode[] })) },
  { name: 'weekends inside the period are not skipped', citation: ART_128, facts: { procedure: 'ordinary', servedOn: '2026-03-02' }, expect: answerPair('2026-03-17', '2026-03-17') },
  { name: 'answer across a month end into the 劳动节 block moves to 05-06', citation: ART_128, facts: { procedure: 'ordinary', servedOn: '2026-04-16' }, expect: answerPair('2026-05-01', '2026-05-06') },
  { name: 'answer across the 2025 year end rolls past 元旦 onto the make-up Sunday 2026-01-04', citation: ART_128, facts: { procedure: 'ordinary', servedOn: '2025-12-17' }, expect: answerPair('2026-01-01', '2026-01-04') },
  { name: 'answer across the 2026 year end lands in unpublished 2027 and is provisional', citation: `${ART_128}; 全国年节及纪念日放假办法`, facts: { procedure: 'ordinary', servedOn: '2026-12-20' }, expect: answerPair('2027-01-04', '2027-01-04', { provisional: true }).map((d) => ({ ...d, codes: ['provisional_calendar'] as ExplanationCode[] })) },
  { name: 'answer ending on computed 元旦 2027 rolls past the weekend to 01-04, provisional', citation: `${ART_128}; 全国年节及纪念日放假办法`, facts: { procedure: 'ordinary', servedOn: '2026-12-17' }, expect: answerPair('2027-01-01', '2027-01-04', { provisional: true }) },
  { name: '2025 National Day block (10-01 to 10-08) moves 10-05 to 10-09', citation: ART_128, facts: { procedure: 'ordinary', servedOn: '2025-09-20' }, expect: answerPair('2025-10-05', '2025-10-09') },
  { name: '2025 Spring Festival block moves 01-30 to 02-05', citation: ART_128, facts: { procedure: 'ordinary', servedOn: '2025-01-15' }, expect: answerPair('2025-01-30', '2025-02-05') },
  { name: '2024 Spring Festival block ends on the make-up Sunday 02-18', citation: ART_128, facts: { procedure: 'ordinary', servedOn: '2024-02-01' }, expect: answerPair('2024-02-16', '2024-02-18') },
  { name: '2023 National Day block ends on the make-up Saturday 10-07', citation: ART_128, facts: { procedure: 'ordinary', servedOn: '2023-09-15' }, expect: answerPair('2023-09-30', '2023-10-07') },
  { name: 'make-up Sunday 2024-04-28 is a working last day', citation: ART_128, facts: { procedure: 'ordinary', servedOn: '2024-04-13' }, expect: answerPair('2024-04-28', '2024-04-28') },
  { name: '清明 2023-04-05 (a Wednesday) moves to 04-06', citation: ART_128, facts: { procedure: 'ordinary', servedOn: '2023-03-21' }, expect: answerPair('2023-04-05', '2023-04-06') },
  { name: '端午 2024-06-10 (Monday) moves to 06-11', citation: ART_128, facts: { procedure: 'ordinary', servedOn: '2024-05-26' }, expect: answerPair('2024-06-10', '2024-06-11') },
  { name: '中秋 2026-09-25 block moves to Monday 09-28', citation: ART_128, facts: { procedure: 'ordinary', servedOn: '2026-09-10', serviceMethod: 'left_at_residence' }, expect: answerPair('2026-09-25', '2026-09-28') },

  // ── Public notice (第九十五条; 证据规定第五十五条) ───────────────────────────────────
  { name: 'public notice: deemed served 30 days later, then 15 days to answer', citation: '民事诉讼法第九十五条、第一百二十八条; 解释第一百三十八条', facts: { procedure: 'ordinary', serviceMethod: 'public_notice', publicNoticeOn: '2026-03-01' }, expect: answerPair('2026-04-15', '2026-04-15', { startsFrom: '2026-03-31', basis: ['民事诉讼法第九十五条', '民诉法解释第一百三十八条'] }).map((d) => ({ ...d, codes: d.kind === 'answer' ? ['public_notice_deemed_served'] as ExplanationCode[] : d.codes })) },
  { name: 'public notice whose answer period ends on 国庆 rolls to 10-08', citation: '民事诉讼法第九十五条、第一百二十八条、第八十五条', facts: { procedure: 'ordinary', serviceMethod: 'public_notice', publicNoticeOn: '2026-08-17' }, expect: answerPair('2026-10-01', '2026-10-08', { startsFrom: '2026-09-16' }) },
  { name: 'public notice in simple procedure is flagged (解释第一百四十条)', citation: '民事诉讼法第九十五条; 解释第一百四十条', facts: { procedure: 'simple', publicNoticeOn: '2026-03-01' }, expect: [{ kind: 'jurisdiction_objection', safeDue: '2026-04-15', due: '2026-04-15' }, { kind: 'answer', safeDue: '2026-04-15', due: '2026-04-15', codes: ['public_notice_excludes_simple_procedure'] }] },
  { name: 'evidence days after public notice count from the deemed service date', citation: '证据规定第五十五条第五项; 民事诉讼法第九十五条', facts: { procedure: 'ordinary', publicNoticeOn: '2026-03-01', evidenceDays: 30 }, expect: [...answerPair('2026-04-15', '2026-04-15'), { kind: 'evidence', safeDue: '2026-04-30', due: '2026-04-30', startsFrom: '2026-03-31', codes: ['public_notice_deemed_served'], basis: ['民事诉讼证据规定第五十五条', '民事诉讼法第九十五条'] }] },

  { name: 'public notice and a later actual receipt: the earlier (deemed) service governs', citation: '民事诉讼法第九十五条、第八十七条、第一百二十八条', facts: { procedure: 'ordinary', serviceMethod: 'public_notice', publicNoticeOn: '2026-03-01', servedOn: '2026-04-10' }, expect: answerPair('2026-04-15', '2026-04-15', { startsFrom: '2026-03-31', basis: ['民事诉讼法第九十五条'] }) },
  { name: 'actual receipt before the public notice took effect: the earlier (actual) service governs', citation: '民事诉讼法第八十七条、第九十五条、第一百二十八条', facts: { procedure: 'ordinary', publicNoticeOn: '2026-03-01', servedOn: '2026-03-10' }, expect: answerPair('2026-03-25', '2026-03-25', { startsFrom: '2026-03-10' }) },

  // ── Small claims (第一百六十五条; 解释第二百七十五条, 第二百七十六条, 第四百二十四条) ─────
  { name: 'small claims: court-set 10-day answer period; the jurisdiction ruling is final at once', citation: '解释第二百七十五条、第二百七十六条; 民事诉讼法第一百三十条、第八十五条', facts: { procedure: 'small_claims', servedOn: '2026-03-02', answerDays: 10 }, expect: answerPair('2026-03-12', '2026-03-12').map((d) => d.kind === 'answer' ? { ...d, codes: ['court_set_answer_period'] as ExplanationCode[], basis: ['民诉法解释第二百七十五条'] } : { ...d, codes: ['small_claims_jurisdiction_ruling_final'] as ExplanationCode[], basis: ['民诉法解释第二百七十六条'] }) },
  { name: 'small claims: an answer period over 15 days is capped at 15', citation: '解释第二百七十五条第二款', facts: { procedure: 'small_claims', servedOn: '2026-03-02', answerDays: 20 }, expect: answerPair('2026-03-17', '2026-03-17').map((d) => ({ ...d, codes: d.kind === 'answer' ? ['small_claims_answer_capped'] as ExplanationCode[] : d.codes })) },
  { name: 'small claims judgment: no appeal, retrial within 6 months of service', citation: '民事诉讼法第一百六十五条、第二百一十六条; 解释第四百二十四条、第一百二十七条', facts: { procedure: 'small_claims', judgmentServedOn: '2026-06-01' }, expect: [{ kind: 'retrial', safeDue: '2026-12-01', due: '2026-12-01', startsFrom: '2026-06-01', codes: ['small_claims_no_appeal', 'fixed_period'] }] },
  { name: 'small claims ruling: final at once, no appeal deadline', citation: '解释第二百七十六条; 民事诉讼法第一百六十五条', facts: { procedure: 'small_claims', rulingServedOn: '2026-06-01' }, expect: [] },
  { name: 'small claims retrial from 08-31 ends on the last day of February (民法典第二百零二条), a Sunday, provisional', citation: '民事诉讼法第二百一十六条、第八十五条; 民法典第二百零二条; 解释第一百二十七条', facts: { procedure: 'small_claims', judgmentServedOn: '2026-08-31' }, expect: [{ kind: 'retrial', safeDue: '2027-02-28', due: '2027-03-01', provisional: true }] },
  { name: 'small claims with public notice is flagged (第一百六十六条第四项)', citation: '民事诉讼法第一百六十六条', facts: { procedure: 'small_claims', publicNoticeOn: '2026-03-01' }, expect: answerPair('2026-04-15', '2026-04-15').map((d) => ({ ...d, codes: d.kind === 'answer' ? ['public_notice_excludes_small_claims'] as ExplanationCode[] : d.codes })) },

  { name: 'small claims evidence 7 days ends on 国庆 and rolls to 10-08; the 15-day answer ends the next day', citation: '解释第二百七十五条; 民事诉讼法第一百二十八条、第八十五条', facts: { procedure: 'small_claims', servedOn: '2026-09-24', evidenceDays: 7 }, expect: [{ kind: 'evidence', safeDue: '2026-10-01', due: '2026-10-08', basis: ['民诉法解释第二百七十五条'] }, ...answerPair('2026-10-09', '2026-10-09')] },

  // ── Simple procedure, evidence, hearing ───────────────────────────────────────────
  { name: 'simple procedure: a 7-day answer period ending on 国庆', citation: '解释第二百六十六条; 民事诉讼法第八十五条', facts: { procedure: 'simple', servedOn: '2026-09-24', answerDays: 7 }, expect: answerPair('2026-10-01', '2026-10-08') },
  { name: 'evidence deadline written on the notice, on a holiday, moves to the next working day', citation: '民事诉讼法第六十八条、第八十五条; 解释第九十九条、第一百条', facts: { procedure: 'ordinary', servedOn: '2026-09-16', evidenceDeadline: '2026-10-03' }, expect: [...answerPair('2026-10-01', '2026-10-08'), { kind: 'evidence', safeDue: '2026-10-03', due: '2026-10-08', codes: ['evidence_date_from_notice', 'evidence_extension_in_writing', 'rolled_over'] }] },
  { name: 'evidence 30 days from service ending on 春节 2026-02-15 moves to 02-24', citation: '解释第九十九条; 民事诉讼法第八十五条', facts: { procedure: 'ordinary', servedOn: '2026-01-16', evidenceDays: 30 }, expect: [...answerPair('2026-01-31', '2026-02-02'), { kind: 'evidence', safeDue: '2026-02-15', due: '2026-02-24', codes: rolled }] },
  { name: 'hearing is a fixed date and time, not rolled; the answer ends in the 清明 block', citation: '民事诉讼法第一百四十七条、第一百二十八条', facts: { procedure: 'ordinary', servedOn: '2026-03-20', hearingAt: '2026-04-20T09:30' }, expect: [...answerPair('2026-04-04', '2026-04-07'), { kind: 'hearing', safeDue: '2026-04-20', due: '2026-04-20', at: '2026-04-20T09:30', startsFrom: null, codes: ['hearing_absence_default_judgment'] }] },
  { name: 'hearing alone (service date unknown) gives only the hearing', citation: '民事诉讼法第一百四十七条', facts: { procedure: 'simple', hearingAt: '2027-03-01T14:00' }, expect: [{ kind: 'hearing', safeDue: '2027-03-01', due: '2027-03-01', at: '2027-03-01T14:00' }] },

  // ── Payment order (第二百二十七条; 解释第四百三十六条) ─────────────────────────────────
  { name: 'payment order: written objection within 15 days, ending on 国庆', citation: '民事诉讼法第二百二十七条; 解释第四百三十六条、第四百三十一条', facts: { procedure: 'payment_order', servedOn: '2026-09-16' }, expect: [{ kind: 'payment_order_objection', safeDue: '2026-10-01', due: '2026-10-08', codes: ['payment_order_written_objection_only', 'payment_order_oral_objection_void', 'payment_order_inability_not_objection', 'payment_order_late_objection_void'], basis: ['民诉法解释第四百三十六条', '民诉法解释第四百三十一条'] }] },
  { name: 'payment order: no roll-over on an ordinary Friday', citation: '民事诉讼法第二百二十七条', facts: { procedure: 'payment_order', servedOn: '2026-12-10' }, expect: [{ kind: 'payment_order_objection', safeDue: '2026-12-25', due: '2026-12-25' }] },
  { name: 'payment order: the make-up Saturday 2026-02-14 is a working last day', citation: '民事诉讼法第二百二十七条、第八十五条', facts: { procedure: 'payment_order', servedOn: '2026-01-30' }, expect: [{ kind: 'payment_order_objection', safeDue: '2026-02-14', due: '2026-02-14', codes: ['makeup_workday_counts'] }] },

  // ── Appeal and retrial (第一百七十一条, 第二百一十六条) ────────────────────────────────
  { name: 'appeal against a judgment: 15 days, ending on 国庆; retrial 6 months after it takes effect', citation: '民事诉讼法第一百七十一条、第一百五十八条、第二百一十六条; 解释第一百二十七条', facts: { procedure: 'ordinary', judgmentServedOn: '2026-09-16' }, expect: [{ kind: 'appeal_judgment', safeDue: '2026-10-01', due: '2026-10-08', codes: ['appeal_requires_written_petition'] }, { kind: 'retrial', safeDue: '2027-04-09', due: '2027-04-09', startsFrom: '2026-10-09', provisional: true, codes: ['judgment_effective_on', 'fixed_period'] }] },
  { name: 'appeal against a ruling: 10 days, ending on 国庆', citation: '民事诉讼法第一百七十一条、第一百五十七条', facts: { procedure: 'ordinary', rulingServedOn: '2026-09-21' }, expect: [{ kind: 'appeal_ruling', safeDue: '2026-10-01', due: '2026-10-08', codes: ['appeal_ruling_limited_kinds'] }] },
  { name: 'appeal ending on a working Tuesday; retrial from the next day', citation: '民事诉讼法第一百七十一条、第二百一十六条', facts: { procedure: 'simple', judgmentServedOn: '2026-08-31' }, expect: [{ kind: 'appeal_judgment', safeDue: '2026-09-15', due: '2026-09-15' }, { kind: 'retrial', safeDue: '2027-03-16', due: '2027-03-16', startsFrom: '2026-09-16', provisional: true }] },

  // ── Pre-litigation mediation (特邀调解规定第二十七条) ─────────────────────────────────
  { name: 'pre-litigation mediation: 30 days, ending on 国庆', citation: '特邀调解规定第二十七条; 在线调解规则第二十四条', facts: { procedure: 'pre_litigation_mediation', mediationStartedOn: '2026-09-01' }, expect: [{ kind: 'mediation_end', safeDue: '2026-10-01', due: '2026-10-08', codes: ['mediation_extendable_by_consent'] }] },
  { name: 'pre-litigation mediation: 30 days across a month end', citation: '特邀调解规定第二十七条', facts: { procedure: 'pre_litigation_mediation', mediationStartedOn: '2026-03-01', servedOn: '2026-03-01' }, expect: [{ kind: 'mediation_end', safeDue: '2026-03-31', due: '2026-03-31' }] },

  // ── Provisional years (放假安排未公布) ─────────────────────────────────────────────
  { name: '2027: computed 除夕 (腊月二十九, 02-05) and 春节 roll the answer to 02-09, provisional', citation: `${ART_128}; 全国年节及纪念日放假办法 (2024)`, facts: { procedure: 'ordinary', servedOn: '2027-01-21' }, expect: answerPair('2027-02-05', '2027-02-09', { provisional: true }) },
  { name: '2027: computed 清明 04-05 rolls to 04-06, provisional', citation: `${ART_128}; 全国年节及纪念日放假办法 (2024)`, facts: { procedure: 'ordinary', servedOn: '2027-03-21' }, expect: answerPair('2027-04-05', '2027-04-06', { provisional: true }) },
  { name: '2027: 国庆 without a published 调休 rolls 10-01 only to Monday 10-04, provisional', citation: `${ART_128}; 全国年节及纪念日放假办法 (2024)`, facts: { procedure: 'payment_order', servedOn: '2027-09-16' }, expect: [{ kind: 'payment_order_objection', safeDue: '2027-10-01', due: '2027-10-04', provisional: true, codes: ['rolled_over', 'provisional_calendar'] }] },

  { name: 'a roll-over from published 2023 walks into an unpublished 2024 (computed 元旦) and is provisional', citation: `${ART_128}; 全国年节及纪念日放假办法`, publishedYears: [2023], facts: { procedure: 'ordinary', servedOn: '2023-12-15' }, expect: answerPair('2023-12-30', '2024-01-02', { provisional: true }).map((d) => ({ ...d, codes: ['rolled_over', 'provisional_calendar'] as ExplanationCode[] })) },
  { name: 'a period through unpublished 2022 ending on a 2023 workday is not provisional: only the last day matters', citation: `${ART_128}; 民诉法解释第一百二十五条`, facts: { procedure: 'ordinary', servedOn: '2022-12-20' }, expect: answerPair('2023-01-04', '2023-01-04') },
  { name: 'retrial after an appeal period rolled in unpublished 2022 is provisional although it ends in 2023 (清明 04-05 → 04-06)', citation: '民事诉讼法第一百七十一条、第二百一十六条、第八十五条; 民法典第二百零二条', facts: { procedure: 'ordinary', judgmentServedOn: '2022-09-16' }, expect: [{ kind: 'appeal_judgment', safeDue: '2022-10-01', due: '2022-10-04', provisional: true }, { kind: 'retrial', safeDue: '2023-04-05', due: '2023-04-06', startsFrom: '2022-10-05', provisional: true, codes: ['provisional_calendar', 'fixed_period'] }] },

  // ── Time zones: `today` comes from an instant, in Beijing time, whatever the phone's zone ─
  { name: 'a phone in Los Angeles on the evening of 09-30 is already on 10-01 in Beijing', citation: ART_128, facts: { procedure: 'ordinary', servedOn: '2026-09-16' }, now: { ms: Date.UTC(2026, 9, 1, 3, 0), zone: 'America/Los_Angeles (2026-09-30 20:00 PDT)', beijingToday: '2026-10-01' }, expect: answerPair('2026-10-01', '2026-10-08', { daysLeft: 7 }) },
  { name: 'a phone in Shanghai just after midnight on 10-01', citation: ART_128, facts: { procedure: 'ordinary', servedOn: '2026-09-16' }, now: { ms: Date.UTC(2026, 8, 30, 16, 30), zone: 'Asia/Shanghai (2026-10-01 00:30 CST)', beijingToday: '2026-10-01' }, expect: answerPair('2026-10-01', '2026-10-08', { daysLeft: 7 }) },
  { name: 'a phone in Kiritimati late on 10-01 local time (UTC+14) is still on 10-01 in Beijing', citation: ART_128, facts: { procedure: 'ordinary', servedOn: '2026-09-16' }, now: { ms: Date.UTC(2026, 9, 1, 9, 30), zone: 'Pacific/Kiritimati (2026-10-01 23:30 LINT)', beijingToday: '2026-10-01' }, expect: answerPair('2026-10-01', '2026-10-08', { daysLeft: 7 }) },
  { name: 'a phone in Kiritimati already on 10-02 local time is still on 10-01 in Beijing', citation: ART_128, facts: { procedure: 'payment_order', servedOn: '2026-09-16' }, now: { ms: Date.UTC(2026, 9, 1, 12, 0), zone: 'Pacific/Kiritimati (2026-10-02 02:00 LINT)', beijingToday: '2026-10-01' }, expect: [{ kind: 'payment_order_objection', safeDue: '2026-10-01', due: '2026-10-08', daysLeft: 7 }] },

  // ── Missing facts ──────────────────────────────────────────────────────────────
  { name: 'no dates yet: no deadlines, no error', citation: 'issue 3: missing facts produce fewer deadlines', facts: { procedure: 'ordinary' }, expect: [] },
  { name: 'payment order without a service date: no deadlines', citation: '民事诉讼法第二百二十七条', facts: { procedure: 'payment_order', hearingAt: '2026-10-01T09:00' }, expect: [] },

  // ── Issue 10: the rest of the case's life ─────────────────────────────────────────
  ...caseLifeCases,
]
