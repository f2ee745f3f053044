/**
 * 每种文书问哪些问题（除了当事人信息和要素式表格）：只问这份文书用得上的。键与模板字段同名，
 * 文字在 src/i18n/documents.ts。showIf 让某些问题只在需要时出现（例如选了“已经还过一部分”才问金额）。
 */
import type { DocKind } from '@/domain/documents/docKinds'
import type { DraftFields } from '@/domain/documents/draftFields'
import type { FieldKey, OptionSet } from '@/i18n/documents'
import { afterAnswerForms } from './afterAnswerForms'

export type Control =
  | { key: FieldKey; type: 'text' | 'multiline' | 'date' | 'amount' | 'count'; showIf?: (d: DraftFields) => boolean }
  | { key: FieldKey; type: 'multi' | 'single'; options: OptionSet; showIf?: (d: DraftFields) => boolean }

const chose = (key: string, code: string) => (d: DraftFields) => (d.choices[key] ?? []).includes(code)
const choseAny = (key: string, codes: string[]) => (d: DraftFields) => codes.some((code) => (d.choices[key] ?? []).includes(code))

export const docForms: Record<DocKind, Control[]> = {
  answer: [],
  // The questions first: their answers decide the chance shown above them and the reasons suggested below.
  jurisdiction_objection: [
    { key: 'courtAtHome', type: 'single', options: 'tri' },
    { key: 'courtAtLenderSeat', type: 'single', options: 'tri' },
    { key: 'agreedCourt', type: 'single', options: 'agreedCourt' },
    { key: 'clauseAlerted', type: 'single', options: 'yesNoUnsure', showIf: choseAny('agreedCourt', ['this_court', 'other_court']) },
    { key: 'reasons', type: 'multi', options: 'jurisdictionReasons' },
    { key: 'targetCourt', type: 'text' },
    { key: 'reasonText', type: 'multiline' },
  ],
  payment_order_objection: [
    { key: 'disputed', type: 'multi', options: 'paymentOrderClaims' },
    { key: 'reasons', type: 'multi', options: 'paymentOrderReasons' },
    { key: 'repaidFen', type: 'amount', showIf: chose('reasons', 'already_repaid') },
    { key: 'reasonText', type: 'multiline' },
  ],
  evidence_extension: [
    { key: 'evidenceDue', type: 'date' },
    { key: 'requestedUntil', type: 'date' },
    { key: 'evidenceNames', type: 'text' },
    { key: 'reasons', type: 'multi', options: 'evidenceDelayReasons' },
    { key: 'reasonText', type: 'multiline' },
  ],
  small_claims_objection: [
    { key: 'reasons', type: 'multi', options: 'smallClaimsReasons' },
    { key: 'reasonText', type: 'multiline' },
  ],
  period_extension: [
    { key: 'period', type: 'single', options: 'missedPeriods' },
    { key: 'periodName', type: 'text', showIf: chose('period', 'other') },
    { key: 'missedDue', type: 'date' },
    { key: 'obstacles', type: 'multi', options: 'obstacles' },
    { key: 'obstacleText', type: 'multiline' },
    { key: 'obstacleEndedOn', type: 'date' },
    { key: 'requestedUntil', type: 'date' },
  ],
  fee_relief: [
    { key: 'mode', type: 'single', options: 'feeReliefModes' },
    { key: 'grounds', type: 'multi', options: 'feeReliefGrounds' },
    { key: 'feeFen', type: 'amount' },
    { key: 'proofs', type: 'text' },
    { key: 'reasonText', type: 'multiline' },
  ],
  installment_letter: [
    { key: 'accountInfo', type: 'text' },
    { key: 'totalFen', type: 'amount' },
    { key: 'months', type: 'count' },
    { key: 'firstDueOn', type: 'date' },
    { key: 'hardships', type: 'multi', options: 'hardships' },
    { key: 'hardshipText', type: 'multiline' },
    { key: 'proofs', type: 'text' },
  ],
  penalty_waiver_letter: [
    { key: 'accountInfo', type: 'text' },
    { key: 'principalFen', type: 'amount' },
    { key: 'waiveFen', type: 'amount' },
    { key: 'payBy', type: 'date' },
    { key: 'hardships', type: 'multi', options: 'hardships' },
    { key: 'hardshipText', type: 'multiline' },
    { key: 'proofs', type: 'text' },
  ],
  repayment_plan: [
    { key: 'principalFen', type: 'amount' },
    { key: 'proposedFen', type: 'amount' },
    { key: 'mode', type: 'single', options: 'repaymentModes' },
    { key: 'payBy', type: 'date', showIf: chose('mode', 'lump_sum') },
    { key: 'months', type: 'count', showIf: chose('mode', 'installments') },
    { key: 'firstDueOn', type: 'date', showIf: chose('mode', 'installments') },
    { key: 'hardshipText', type: 'multiline' },
  ],
  // The outline and the record sheet are built from the answer and the collection record, on their own pages.
  hearing_outline: [],
  collection_record: [],
  collection_letter: [
    { key: 'debtRef', type: 'text' },
    { key: 'thirdParties', type: 'multi', options: 'collectionThirdParties' },
    { key: 'conduct', type: 'multi', options: 'collectionConduct' },
    { key: 'channels', type: 'multi', options: 'collectionChannels' },
    { key: 'mailAddress', type: 'text', showIf: chose('channels', 'mail') },
    { key: 'contactHours', type: 'text', showIf: chose('channels', 'phone') },
  ],
  collection_complaint: [
    { key: 'authority', type: 'text' },
    { key: 'agency', type: 'text' },
    { key: 'debtRef', type: 'text' },
    { key: 'thirdParties', type: 'multi', options: 'collectionThirdParties' },
    { key: 'conduct', type: 'multi', options: 'collectionConduct' },
  ],
  ...afterAnswerForms,
}
