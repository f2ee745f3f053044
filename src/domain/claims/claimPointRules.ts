/**
 * The points a borrower may raise, one small rule each, with the clause it rests on. The words are
 * in src/i18n/claimPoints.ts; the documents turn each point into 「有异议」 with its reason.
 */
import { daysBetween } from '../calendar/plainDate'
import type { ClaimCheckInput } from './claimCheckInput'
import type { AnnualCost, ClaimPoint, DamagesCheck, Fen } from './findings'
import type { LimitationAssessment } from './limitation'

const pct = (rate: number): number => Math.round(rate * 1e6) / 1e6

/** 民法典第六百七十条: interest may not be taken out of the principal in advance; the principal is what was received. */
export function receivedPoint(input: ClaimCheckInput): ClaimPoint | null {
  if (!input.received || (input.claimKind !== 'financial_loan' && input.claimKind !== 'private_loan')) return null
  const receivedFen = input.received.fen
  const fromContract = input.contractAmountFen !== undefined && input.contractAmountFen > receivedFen
  const principalFen = fromContract ? input.contractAmountFen as Fen : input.claimed.principal
  if (principalFen === undefined || principalFen <= receivedFen) return null
  const basis = input.claimKind === 'private_loan' ? ['民法典第六百七十条', '民间借贷规定第二十六条'] : ['民法典第六百七十条']
  return {
    element: 'principal', code: 'received_less_than_principal', basis, reference: false,
    params: { principalFen, receivedFen, differenceFen: principalFen - receivedFen, source: fromContract ? 'contract' : 'claim' },
  }
}

/** The annual cost above its cap: 24% for financial loans (参考), 4 × LPR for private loans, 「总额过高」 for cards. */
export function costPoint(input: ClaimCheckInput, cost: AnnualCost | null): ClaimPoint | null {
  if (!cost || !cost.exceeds) return null
  const params = { effective: pct(cost.effective), nominal: pct(cost.nominal), capRate: cost.cap.rate }
  if (cost.cap.kind === 'lpr_4x' && cost.cap.lpr) {
    return { element: 'interest', code: 'annual_cost_above_lpr_cap', basis: cost.cap.basis, reference: false, params: { ...params, lprRate: cost.cap.lpr.rate, lprOn: cost.cap.lpr.on ?? cost.cap.lpr.from } }
  }
  const code = input.claimKind === 'credit_card' ? 'card_total_excessive' : 'annual_cost_above_financial_cap'
  return { element: 'interest', code, basis: cost.cap.basis, reference: true, params }
}

/** 银发〔2016〕111号 [S]: no interest on 违约金 or fees (credit cards, when the user saw it on the statement). */
export function interestOnFeesPoint(input: ClaimCheckInput): ClaimPoint | null {
  if (input.claimKind !== 'credit_card' || input.interestOnFees !== 'yes') return null
  return { element: 'interest', code: 'interest_on_fees_or_damages', basis: ['银发〔2016〕111号'], reference: true, params: {} }
}

/**
 * The estimated loss behind 违约金: the stated rate on the principal over the overdue days (simple
 * interest, actual days / 365, first day not counted). The court measures the real loss
 * (民法典第五百八十四条); ours is a reference figure. 罚息/复利 claimed for the same delay already make good part of
 * that loss, so the limit for the 违约金 is 130% of the loss less the penalty interest claimed [M: our reading of
 * 合同编通则解释第六十五条 — the penalty interest and the 违约金 together against the loss].
 */
export function damagesCheck(input: ClaimCheckInput): DamagesCheck | null {
  const damagesFen = input.claimed.liquidatedDamages ?? 0
  const principalFen = input.claimed.principal ?? input.received?.fen
  if (damagesFen <= 0 || input.statedAnnualRate === undefined || !input.overdueSince || !input.claimedAsOf || principalFen === undefined) return null
  const days = daysBetween(input.overdueSince, input.claimedAsOf)
  if (days <= 0) return null
  const penaltyFen = input.claimed.penalty ?? 0
  const lossFen = Math.round((principalFen * input.statedAnnualRate * days) / 365)
  const limitFen = Math.max(0, Math.round(lossFen * 1.3) - penaltyFen)
  return { damagesFen, penaltyFen, lossFen, limitFen, principalFen, rate: input.statedAnnualRate, from: input.overdueSince, to: input.claimedAsOf, days, exceeds: damagesFen > limitFen }
}

/** 合同编通则解释第六十五条第二款: 违约金 more than 30% above the loss is generally 「过分高于」. */
export function damagesPoint(check: DamagesCheck | null): ClaimPoint | null {
  if (!check?.exceeds) return null
  return {
    element: 'liquidatedDamages', code: 'liquidated_damages_above_30_percent',
    basis: ['民法典第五百八十五条第二款', '合同编通则解释第六十五条'], reference: true,
    params: { damagesFen: check.damagesFen, lossFen: check.lossFen, limitFen: check.limitFen, penaltyFen: check.penaltyFen },
  }
}

/** 金规〔2025〕9号 [S] counts guarantee and similar fees in the borrower's cost; 九民纪要第51条 [M]. */
export function feesPoint(input: ClaimCheckInput): ClaimPoint | null {
  const feesFen = input.claimed.serviceFees ?? 0
  if (feesFen <= 0) return null
  return { element: 'fees', code: 'fees_count_as_cost', basis: ['金规〔2025〕9号', '九民纪要第51条'], reference: true, params: { feesFen } }
}

/** 律师费、保全费: the plaintiff must prove a contract term and the payment (解释第九十条); the rest is [M]. */
export function costsPoint(input: ClaimCheckInput): ClaimPoint | null {
  const costsFen = input.claimed.enforcementCosts ?? 0
  if (costsFen <= 0) return null
  return { element: 'costs', code: 'enforcement_costs_need_proof', basis: ['民事诉讼法解释第九十条'], reference: true, params: { costsFen } }
}

/** The items against the claimed total; a difference of a fen or more is worth asking about. */
export function itemsSum(input: ClaimCheckInput): { sumFen: Fen; totalFen: Fen } | null {
  const { total, principal, interest, penalty, liquidatedDamages, serviceFees, enforcementCosts, other } = input.claimed
  const items = [principal, interest, penalty, liquidatedDamages, serviceFees, enforcementCosts, other].filter((v): v is Fen => v !== undefined)
  if (total === undefined || items.length === 0) return null
  return { sumFen: items.reduce((a, b) => a + b, 0), totalFen: total }
}

export function sumPoint(sum: { sumFen: Fen; totalFen: Fen } | null): ClaimPoint | null {
  if (!sum || sum.sumFen === sum.totalFen) return null
  return { element: 'total', code: 'items_do_not_add_up', basis: [], reference: false, params: { sumFen: sum.sumFen, totalFen: sum.totalFen, differenceFen: Math.abs(sum.totalFen - sum.sumFen) } }
}

/** 合同约定的利率 against the schedule's own IRR: more than half a point above means hidden cost. */
export function statedRatePoint(input: ClaimCheckInput, schedule: { effective: number; nominal: number } | null): ClaimPoint | null {
  if (!schedule || input.statedAnnualRate === undefined || schedule.nominal - input.statedAnnualRate <= 0.005) return null
  return { element: 'rate', code: 'actual_rate_above_stated', basis: ['中国人民银行公告〔2021〕第3号'], reference: true, params: { statedRate: input.statedAnnualRate, effective: pct(schedule.effective), nominal: pct(schedule.nominal) } }
}

export function repaymentsPoint(input: ClaimCheckInput): ClaimPoint | null {
  if (input.repayments.length === 0) return null
  const repaidFen = input.repayments.reduce((a, p) => a + p.fen, 0)
  const dates = input.repayments.map((p) => p.on).sort()
  return { element: 'repayments', code: 'repayments_made', basis: [], reference: false, params: { count: input.repayments.length, repaidFen, firstOn: dates[0], lastOn: dates[dates.length - 1] } }
}

/**
 * Standard terms on interest and fees not pointed out or explained: cards 银行卡规定第二条第一款,
 * other standard-form loans 民法典第四百九十六条第二款. Raised when the user says no or does not remember.
 * The burden is the lender's, and a tick box or pop-up alone does not discharge it (合同编通则解释第十条第三款):
 * params {answer}: 'no' states what the user remembers; 'unsure' asks the plaintiff to prove it, never states a failure.
 */
export function disclosurePoint(input: ClaimCheckInput): ClaimPoint | null {
  const answer = input.termsExplained
  if (answer !== 'no' && answer !== 'unsure') return null
  if (input.claimKind === 'private_loan') return null
  const burden = '合同编通则解释第十条第三款'
  if (input.claimKind === 'credit_card') return { element: 'disclosure', code: 'card_terms_not_explained', basis: ['最高人民法院关于审理银行卡民事纠纷案件若干问题的规定第二条第一款', burden], reference: false, params: { answer } }
  return { element: 'disclosure', code: 'terms_not_explained', basis: ['民法典第四百九十六条第二款', burden], reference: false, params: { answer } }
}

/**
 * The limitation defence for the answer's 有无其他免责/减责事由 item, only when the three years may have run
 * (民法典第一百八十八条、第一百八十九条 the period and its start for instalments, 第一百九十二条第一款 the defence,
 * 第一百九十三条 the court does not raise it itself; 第一百九十五条 when the latest event is a restart).
 * @example
 * limitationPoint(assessLimitation({ lastDueOn: '2021-06-10', filedOn: '2025-01-20' }))?.params
 * // { event: 'last_due', latestOn: '2021-06-10', ranOn: '2024-06-11', filingDateKnown: 1, demandsUnknown: 1 }
 */
export function limitationPoint(assessment: LimitationAssessment | undefined): ClaimPoint | null {
  if (assessment?.status !== 'may_have_run') return null
  const { latest, ranOn, filingDateKnown, demandsUnknown } = assessment
  const basis = ['民法典第一百八十八条', '民法典第一百八十九条', '民法典第一百九十二条', ...(latest.event === 'last_due' ? [] : ['民法典第一百九十五条'])]
  return {
    element: 'exemptions', code: 'limitation_may_have_run', basis, reference: false,
    params: { event: latest.event, latestOn: latest.on, ranOn, filingDateKnown: filingDateKnown ? 1 : 0, demandsUnknown: demandsUnknown ? 1 : 0 },
  }
}
