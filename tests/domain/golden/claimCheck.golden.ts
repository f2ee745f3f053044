/**
 * Golden claim checks, each worked by hand from its source. Amounts in fen. `expect` is matched
 * partially (toMatchObject); `points` lists the point codes in the order the answer form has them.
 */
import type { ClaimCheckInput } from '../../../src/domain/claims/claimCheck'

export type ClaimGolden = {
  name: string
  source: string
  input: ClaimCheckInput
  points: string[]
  expect?: Record<string, unknown>
  notes?: string[]
}

const base = { procedure: 'simple', repayments: [] } as const

export const claimGoldens: ClaimGolden[] = [
  {
    name: 'the PBoC example as a contract schedule: 99,000 net, 12 × 8,833.30 → 12.80% nominal, below 24%',
    source: '中国人民银行公告〔2021〕第3号 (documents.md §3: monthly IRR 1.0670%, ×12 = 12.80%)',
    input: { ...base, claimKind: 'financial_loan', received: { on: '2024-01-01', fen: 9_900_000 }, schedule: { count: 12, installmentFen: 883_330, firstDueOn: '2024-02-01' }, claimed: {} },
    points: [],
    expect: { annualCost: { source: 'schedule', compared: 'nominal', exceeds: false, cap: { rate: 0.24, kind: 'financial_24', reference: true } } },
  },
  {
    name: 'a 1,000 fee taken out of a 10,000 loan: the principal is the 9,000 received',
    source: '民法典第六百七十条 「借款的利息不得预先在本金中扣除…应当按照实际借款数额返还借款并计算利息」',
    input: { ...base, claimKind: 'financial_loan', received: { on: '2025-03-01', fen: 900_000 }, contractAmountFen: 1_000_000, claimed: { principal: 1_000_000 } },
    points: ['received_less_than_principal'],
    expect: { points: [{ params: { principalFen: 1_000_000, receivedFen: 900_000, differenceFen: 100_000, source: 'contract' }, basis: ['民法典第六百七十条'] }] },
  },
  {
    name: '10,000 received, 13,000 claimed a year later: 30% effective, 26.53% nominal, above 24% (参考)',
    source: '法发〔2017〕22号第二条 [M]; nominal = 12 × (1.3^(1/12) − 1) = 0.265253',
    input: { ...base, claimKind: 'financial_loan', received: { on: '2025-01-01', fen: 1_000_000 }, claimed: { total: 1_300_000 }, claimedAsOf: '2026-01-01' },
    points: ['annual_cost_above_financial_cap'],
    expect: { annualCost: { source: 'claim', exceeds: true }, points: [{ reference: true, params: { capRate: 0.24, effective: 0.3, nominal: 0.265253 } }] },
  },
  {
    name: '12,600 claimed a year after 10,000: 26% effective but 23.33% nominal; the nominal one meets the cap, so no point, and a note says so',
    source: 'documents.md §3 「Say which one is compared with a cap」: we compare the nominal (PBoC example) figure',
    input: { ...base, claimKind: 'financial_loan', received: { on: '2025-01-01', fen: 1_000_000 }, claimed: { total: 1_260_000 }, claimedAsOf: '2026-01-01' },
    points: [],
    notes: ['cost_borderline'],
    expect: { annualCost: { exceeds: false } },
  },
  {
    name: 'a private loan made 2025-06-01: 4 × 3.0% LPR = 12%; 15% effective (14.06% nominal) is above it',
    source: '民间借贷规定第二十五条; 1-year LPR 3.0% from 2025-05-20 (legal-rules.md §14 [S])',
    input: { ...base, claimKind: 'private_loan', received: { on: '2025-06-01', fen: 1_000_000 }, claimed: { total: 1_150_000 }, claimedAsOf: '2026-06-01' },
    points: ['annual_cost_above_lpr_cap'],
    expect: { annualCost: { cap: { kind: 'lpr_4x', rate: 0.12, reference: false, lpr: { rate: 0.03, from: '2025-05-20', on: '2025-06-01', rule: 'contract_date' } } }, points: [{ params: { lprRate: 0.03, lprOn: '2025-06-01', capRate: 0.12 } }] },
  },
  {
    name: 'a private loan made before 2020-08-20 takes the LPR at filing for the later interest',
    source: '民间借贷规定第三十一条第二款 「对于自2020年8月20日到借款返还之日的利息部分，适用起诉时本规定的利率保护标准计算」',
    input: { ...base, claimKind: 'private_loan', received: { on: '2019-03-01', fen: 1_000_000 }, claimed: { total: 1_500_000 }, claimedAsOf: '2026-03-01' },
    points: [],
    notes: ['lpr_filing_date_rule'],
    expect: { annualCost: { cap: { rate: 0.12, lpr: { on: '2026-03-01', rule: 'filing_date' }, basis: ['民间借贷规定第二十五条', '民间借贷规定第三十一条第二款'] } } },
  },
  {
    name: 'no LPR before 2019-08-20: no 4 × LPR cap is read, the rate is still shown',
    source: '民间借贷规定第二十五条第二款 (LPR published from 2019-08-20)',
    input: { ...base, claimKind: 'private_loan', received: { on: '2018-01-01', fen: 1_000_000 }, claimed: { total: 1_300_000 }, claimedAsOf: '2019-06-01' },
    points: [],
    notes: ['lpr_filing_date_rule', 'lpr_before_first'],
    expect: { annualCost: null, costs: { claim: { source: 'claim' } } },
  },
  {
    name: '违约金 2,000 on 10,000 at 18% overdue 184 days: loss 907.40, 130% is 1,179.62, so the damages are above it',
    source: '合同编通则解释第六十五条第二款 「超过造成损失的百分之三十的…一般可以认定为过分高于造成的损失」; 1,000,000 × 0.18 × 184 / 365 = 90,739.7 fen',
    input: { ...base, claimKind: 'financial_loan', statedAnnualRate: 0.18, overdueSince: '2025-07-01', claimedAsOf: '2026-01-01', claimed: { principal: 1_000_000, liquidatedDamages: 200_000 } },
    points: ['liquidated_damages_above_30_percent'],
    expect: { damages: { lossFen: 90_740, limitFen: 117_962, days: 184, exceeds: true } },
  },
  {
    name: 'items that do not add up to the total',
    source: 'arithmetic: 1,000,000 + 100,000 ≠ 1,150,000',
    input: { ...base, claimKind: 'financial_loan', claimed: { principal: 1_000_000, interest: 100_000, total: 1_150_000 } },
    points: ['items_do_not_add_up'],
    expect: { points: [{ element: 'total', params: { sumFen: 1_100_000, totalFen: 1_150_000, differenceFen: 50_000 } }] },
  },
  {
    name: 'a credit card: terms not remembered as explained, interest charged on fees',
    source: '银行卡规定第二条第一款 [V]; 银发〔2016〕111号 [S]',
    input: { ...base, claimKind: 'credit_card', termsExplained: 'unsure', interestOnFees: 'yes', claimed: { principal: 2_000_000 } },
    points: ['interest_on_fees_or_damages', 'card_terms_not_explained'],
  },
  {
    name: 'a credit card whose claimed total costs more than 24% a year: 「总额过高」, with 24% as 参考',
    source: '银行卡规定第二条第二款 [V] (总额过高 may be reduced on request); 24% from 法发〔2017〕22号 [M]',
    input: { ...base, claimKind: 'credit_card', received: { on: '2025-01-01', fen: 2_000_000 }, claimed: { principal: 2_000_000, interest: 400_000, liquidatedDamages: 300_000 }, claimedAsOf: '2026-01-01' },
    points: ['card_total_excessive'],
    expect: { points: [{ reference: true, basis: ['最高人民法院关于审理银行卡民事纠纷案件若干问题的规定第二条第二款', '法发〔2017〕22号第二条'] }] },
  },
  {
    name: 'a consumer loan whose terms were not explained',
    source: '民法典第四百九十六条第二款',
    input: { ...base, claimKind: 'financial_loan', termsExplained: 'no', claimed: {} },
    points: ['terms_not_explained'],
  },
  {
    name: 'a flat-rate instalment plan: "10% a year" on 12,000 repaid 12 × 1,100 costs 17.7% by IRR',
    source: '中国人民银行公告〔2021〕第3号 (IRR, not the flat rate, is the annualised rate)',
    input: { ...base, claimKind: 'financial_loan', received: { on: '2025-01-01', fen: 1_200_000 }, statedAnnualRate: 0.1, schedule: { count: 12, installmentFen: 110_000, firstDueOn: '2025-02-01' }, claimed: {} },
    points: ['actual_rate_above_stated'],
  },
  {
    name: 'repayments, 律师费 and service fees: each its own point, in the order of the answer form',
    source: 'documents.md §1.1 答辩事项 order (本金, 利息, …, 实现债权的费用, …, 标的总额) then 事实 (还款情况)',
    input: {
      ...base, claimKind: 'financial_loan', received: { on: '2025-01-01', fen: 1_000_000 }, claimedAsOf: '2026-01-01',
      repayments: [{ on: '2025-06-01', fen: 100_000 }, { on: '2025-03-01', fen: 100_000 }],
      claimed: { principal: 800_000, serviceFees: 50_000, enforcementCosts: 30_000, total: 880_000 },
    },
    points: ['fees_count_as_cost', 'enforcement_costs_need_proof', 'repayments_made'],
    notes: ['costs_left_out_of_rate'],
    expect: { repaidFen: 200_000, repayments: [{ on: '2025-03-01' }, { on: '2025-06-01' }] },
  },
]
