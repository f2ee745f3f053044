/**
 * 核对诉讼请求的结果（ClaimFindings）：核对页显示它，要素式答辩状用它预填「有异议」和理由。
 * This file is the contract between the claim check (claims/claimCheck.ts) and the documents
 * (documents/…): the documents only read the fields declared here.
 */
import type { CapAsApplied, CapRate } from './capAsApplied'
import type { ClaimKind } from './claimKind'
import type { LimitationAssessment } from './limitation'

/** 金额一律以分为单位（整数）。 */
export type Fen = number

/** 起诉状里逐项请求的金额；没填的项不出现。 */
export type ClaimedItems = {
  /** 本金（信用卡：透支本金；保证保险：理赔款） */
  principal?: Fen
  /** 期内利息 */
  interest?: Fen
  /** 罚息、复利 */
  penalty?: Fen
  /** 违约金 */
  liquidatedDamages?: Fen
  /** 服务费、担保费、会员费等 */
  serviceFees?: Fen
  /** 实现债权的费用：律师费、保全费等 */
  enforcementCosts?: Fen
  /** 其他 */
  other?: Fen
  /** 起诉状写的总额 */
  total?: Fen
}

/** 一笔已付款：日期（北京时间）和金额。 */
export type Payment = { on: string; fen: Fen }

/**
 * The element of the official answer form a point supports (documents.md §1). The documents map an
 * element to the item of the form for the case's 案由 (e.g. 'interest' → 金融借款 答辩事项 2,
 * 信用卡 答辩事项 2).
 */
export const answerElements = [
  'principal', 'interest', 'liquidatedDamages', 'fees', 'costs', 'total',
  'loanAmount', 'rate', 'repayments', 'disclosure',
  /** 有无其他免责/减责事由 (金融借款 17, 信用卡 14, 保证保险 8): the limitation defence goes here. */
  'exemptions',
] as const
export type AnswerElement = (typeof answerElements)[number]

/** A point the borrower may raise, with its rule; the words come from src/i18n/claimPoints.ts. */
export const claimPointCodes = [
  /** params {principalFen, receivedFen, differenceFen}: 到手金额少于起诉本金（利息预先扣除）. */
  'received_less_than_principal',
  /** params {effective, nominal, capRate}: annual cost above 24% (法发〔2017〕22号 [M], 参考). */
  'annual_cost_above_financial_cap',
  /** params {effective, nominal, capRate, lprRate, lprOn}: above 4 × LPR at contract time (民间借贷规定第二十五条). */
  'annual_cost_above_lpr_cap',
  /** params {count, repaidFen, firstOn, lastOn}: repayments the claim should reflect. */
  'repayments_made',
  /** params {sumFen, totalFen, differenceFen}: the items do not add up to the claimed total. */
  'items_do_not_add_up',
  /** params {damagesFen, lossFen, limitFen}: 违约金 more than 30% above the loss (合同编通则解释第六十五条). */
  'liquidated_damages_above_30_percent',
  /** Credit cards: interest charged on 违约金 or fees (银发〔2016〕111号 [S]). */
  'interest_on_fees_or_damages',
  /** Credit cards: terms on interest/fees not pointed out or explained (银行卡规定第二条). */
  'card_terms_not_explained',
  /** params {feesFen}: service/guarantee/membership fees count as borrowing cost (金规〔2025〕9号 [S]). */
  'fees_count_as_cost',
  /** params {costsFen}: 律师费/保全费 need a contract term and proof they were paid [M]. */
  'enforcement_costs_need_proof',
  /** Credit cards, params {effective, nominal, capRate}: the total claimed is excessive (银行卡规定第二条第二款; 24% as 参考). */
  'card_total_excessive',
  /** Loans other than cards, params {}: standard terms on interest/fees not pointed out or explained (民法典第四百九十六条第二款). */
  'terms_not_explained',
  /** params {statedRate, effective, nominal}: the schedule costs more than the rate the contract states (fees or interest on the original principal). */
  'actual_rate_above_stated',
  /**
   * params {capRate, allowedFen, chargedFen, excessFen, asOf}: interest, penalties and fees charged and claimed
   * exceed the cap applied as courts apply it — simple interest on the principal outstanding over the days it
   * was outstanding (法发〔2017〕22号 [M] 24%; 民间借贷规定第二十五条 4 × LPR). capRate is the rate of the last
   * period; a pre-2020-08-20 private loan adds {earlierRate, earlierUntil} (24% up to 2020-08-19). The figures behind
   * it are in `findings.cap`.
   */
  'interest_above_cap_as_applied',
  /**
   * params {event, latestOn, ranOn, filingDateKnown, demandsUnknown}: the three years may have run before the filing
   * (民法典第一百八十八条、第一百八十九条、第一百九十二条; 诉讼时效规定第三条): raise it in the answer, at first instance.
   * event: LimitationEvent ('last_due' | 'last_repayment' | 'last_demand' | 'last_promise'); filingDateKnown and
   * demandsUnknown are 1 or 0. Emitted only when `findings.limitation.status === 'may_have_run'`.
   */
  'limitation_may_have_run',
] as const
export type ClaimPointCode = (typeof claimPointCodes)[number]

export type ClaimPoint = {
  element: AnswerElement
  code: ClaimPointCode
  params: Record<string, string | number>
  /** Citations, e.g. '民法典第六百七十条'. */
  basis: string[]
  /** True when the rule behind the point is [M] or [S] only: shown as 参考, never as a rule. */
  reference: boolean
}

/** 年化综合成本（中国人民银行公告〔2021〕第3号，IRR 法）与上限的比较。 */
export type AnnualCost = {
  /** XIRR on actual days / 365, as a fraction (0.1358 = 13.58%). */
  effective: number
  /** 12 × ((1 + effective)^(1/12) − 1). */
  nominal: number
  /** Which of the two is compared with the cap (the one the cap's source means). */
  compared: 'effective' | 'nominal'
  cap: {
    rate: number
    kind: 'financial_24' | 'lpr_4x'
    /**
     * For 4 × LPR: the 1-year LPR and the date it applied from; `on` is the date it was read for
     * (contract date, or the filing date for contracts before 2020-08-20, 民间借贷规定第三十一条).
     */
    lpr?: { rate: number; from: string; on?: string; rule?: 'contract_date' | 'filing_date'; unconfirmed?: boolean }
    basis: string[]
    reference: boolean
  }
  exceeds: boolean
  /** Which flows the rate was computed from: what the lender claims, or the contract's schedule. */
  source?: CostSource
  /** The signed flows used (positive = received), for "how this was computed". */
  flows?: Payment[]
}

export type CostSource = 'claim' | 'schedule'

/** An annualised cost before any cap: shown even when no cap applies. */
export type CostFigure = { effective: number; nominal: number; source: CostSource; flows: Payment[]; firstOn: string; lastOn: string }

/** 违约金与「损失」的比较（合同编通则解释第六十五条）：损失是我们按合同利率估算的，仅供参考。 */
export type DamagesCheck = {
  damagesFen: Fen
  /** 罚息、复利 claimed for the same delay: they already compensate part of the loss, so they are subtracted from the limit. */
  penaltyFen: Fen
  /** Estimated loss: principal × stated annual rate × days / 365 (simple interest). */
  lossFen: Fen
  /** 130% of the loss less the penalty interest claimed (never below 0): above it the damages are 「过分高于」 in general. */
  limitFen: Fen
  principalFen: Fen
  rate: number
  from: string
  to: string
  days: number
  exceeds: boolean
}

/** Why a figure could not be computed, or a caveat the page must show with it. */
export const claimNoteCodes = [
  'cost_needs_received', 'cost_needs_claim', 'cost_no_rate', 'claim_as_of_assumed',
  'lpr_before_first', 'lpr_unconfirmed', 'lpr_filing_date_rule', 'damages_needs_rate_and_date',
  'costs_left_out_of_rate', 'fee_procedure_assumed',
  /** The effective (compounded) figure is above the cap, the nominal one compared with it is not. */
  'cost_borderline',
  /** Less comes back than was received: the rate is negative, most likely an amount is missing. */
  'cost_negative',
  /** A private loan made before 2020-08-20: the old 24% standard up to 2020-08-19 (2015 text [S]). */
  'old_private_standard',
  /** Repayments after the day the claim was counted to are left out of the cap comparison. */
  'repayments_after_as_of',
] as const
export type ClaimNoteCode = (typeof claimNoteCodes)[number]

/** 如果败诉可能要负担的案件受理费（诉讼费用交纳办法）。 */
export type FeeEstimate = {
  amountFen: Fen
  claimFen: Fen
  halved: boolean
  basis: string[]
  /** The fee before any halving (第十三条第一项). */
  fullFen?: Fen
  /** The procedure the estimate assumes; 'ordinary' when the user is not sure. */
  procedure?: 'ordinary' | 'simple' | 'small_claims' | 'payment_order' | 'pre_litigation_mediation'
}

/** The cap as courts apply it (capAsApplied.ts), with the caps used and what they rest on. */
export type CapCheck = CapAsApplied & {
  rates: CapRate[]
  basis: string[]
  /** True when a cap rests on [M]/[S] only (24% for licensed lenders; the old 民间借贷 standard): shown as 参考. */
  reference: boolean
  lpr?: { rate: number; from: string; on: string; unconfirmed: boolean }
}

/**
 * What the check could NOT look at, so an empty or partly filled check never reads as "the claim is fine".
 * received: no amount/date received (pre-deducted interest unchecked); cap: the cap comparison needs received, the
 * claimed principal (or total) and a date; limitation: no last due date; repayments: no repayment entered and the
 * user did not say there were none; disclosure: the 提示说明 question unanswered; damages: a 违约金 without the
 * contract rate or the overdue date.
 */
export const uncheckedCodes = ['received', 'cap', 'limitation', 'repayments', 'disclosure', 'damages'] as const
export type UncheckedCode = (typeof uncheckedCodes)[number]

export type ClaimFindings = {
  claimKind: ClaimKind
  claimed: ClaimedItems
  /** 到手金额和日期. */
  received?: Payment
  /** 已还款，按日期排序. */
  repayments: Payment[]
  repaidFen: Fen
  /**
   * The contract schedule's annualised rate (IRR, 中国人民银行公告〔2021〕第3号) against the cap, or null. The IRR of
   * the claim is in `costs.claim`, shown as information only: the cap test of a claim is `cap`.
   */
  annualCost: AnnualCost | null
  fee: FeeEstimate | null
  /** Every point the borrower may raise, in the order of the answer form. */
  points: ClaimPoint[]
  /** The figures behind the points, for "how this was computed" (absent = not computed). */
  costs?: { claim: CostFigure | null; schedule: CostFigure | null }
  damages?: DamagesCheck | null
  /** Sum of the items against the claimed total, when both are known. */
  itemsSum?: { sumFen: Fen; totalFen: Fen } | null
  notes?: ClaimNoteCode[]
  /**
   * The cap as courts apply it: simple interest on the outstanding principal against everything charged, paid and
   * claimed (null = not computable; `unchecked` says why). The point `interest_above_cap_as_applied` carries its excess.
   */
  cap?: CapCheck | null
  /**
   * The limitation check (claims/limitation.ts) from the user's answers and the case's filing-date bounds; absent when
   * the caller passed no limitation facts. `limitation_may_have_run` is among the points exactly when it is may_have_run.
   */
  limitation?: LimitationAssessment
  /** What could not be checked, in the page's order; empty when everything was checked. */
  unchecked?: UncheckedCode[]
}
