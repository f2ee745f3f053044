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
    name: 'the issue-17 example: 9,000 interest on 10,000 received three years (1,095 days) earlier, nothing repaid: 1,800.00 above 24% simple',
    source: '法发〔2017〕22号第二条 [M], applied as simple interest on the principal outstanding (actual days / 365 [M]): 10,000 × 24% × 1,095 / 365 = 7,200; 9,000 − 7,200 = 1,800. The IRR would show 21.57% nominal, below 24%.',
    input: { ...base, claimKind: 'financial_loan', received: { on: '2021-01-10', fen: 1_000_000 }, claimed: { principal: 1_000_000, interest: 900_000 }, claimedAsOf: '2024-01-10' },
    points: ['interest_above_cap_as_applied'],
    expect: {
      annualCost: null,
      cap: { allowedFen: 720_000, chargedFen: 900_000, excessFen: 180_000, reference: true, periods: [{ from: '2021-01-10', to: '2024-01-10', days: 1095, principalFen: 1_000_000, rate: 0.24, allowedFen: 720_000 }] },
      points: [{ reference: true, basis: ['法发〔2017〕22号第二条'], params: { capRate: 0.24, allowedFen: 720_000, chargedFen: 900_000, excessFen: 180_000, asOf: '2024-01-10' } }],
    },
  },
  {
    name: 'the same claim over three years that hold a 29 February (1,096 days): 7,206.58 allowed, 1,793.42 above',
    source: '10,000 × 24% × 1,096 / 365 = 7,206.575… → 7,206.58 (actual days / 365, the usual court practice [M])',
    input: { ...base, claimKind: 'financial_loan', received: { on: '2023-12-01', fen: 1_000_000 }, claimed: { principal: 1_000_000, interest: 900_000 }, claimedAsOf: '2026-12-01' },
    points: ['interest_above_cap_as_applied'],
    expect: { cap: { allowedFen: 720_658, excessFen: 179_342, periods: [{ days: 1096 }] } },
  },
  {
    name: '12,600 claimed a year after 10,000: 26% simple is 200.00 above 24%, which the nominal IRR (23.33%) would have hidden',
    source: '10,000 × 24% × 365 / 365 = 2,400; 2,600 − 2,400 = 200',
    input: { ...base, claimKind: 'financial_loan', received: { on: '2025-01-01', fen: 1_000_000 }, claimed: { total: 1_260_000 }, claimedAsOf: '2026-01-01' },
    points: ['interest_above_cap_as_applied'],
    expect: { cap: { allowedFen: 240_000, chargedFen: 260_000, excessFen: 20_000 }, costs: { claim: { source: 'claim' } } },
  },
  {
    name: 'two repayments of 2,000: each pays the charges allowed so far, then principal (费用 → 利息 → 本金); 696.36 above',
    source: '民法典第五百六十一条; 182 days on 10,000 = 1,196.71, then 184 days on 9,196.71 = 1,112.68, then 365 days on 8,309.39 = 1,994.25; allowed 4,303.64; charged 4,000 + 11,000 − 10,000 = 5,000',
    input: {
      ...base, claimKind: 'financial_loan', received: { on: '2024-01-01', fen: 1_000_000 }, claimedAsOf: '2026-01-01',
      repayments: [{ on: '2025-01-01', fen: 200_000 }, { on: '2024-07-01', fen: 200_000 }], claimed: { principal: 800_000, interest: 300_000 },
    },
    points: ['interest_above_cap_as_applied', 'repayments_made'],
    expect: {
      cap: {
        allowedFen: 430_364, chargedFen: 500_000, excessFen: 69_636, outstandingFen: 830_939,
        periods: [{ days: 182, principalFen: 1_000_000, allowedFen: 119_671 }, { days: 184, principalFen: 919_671, allowedFen: 111_268 }, { days: 365, principalFen: 830_939, allowedFen: 199_425 }],
      },
    },
  },
  {
    name: 'a private loan made 2025-06-01: 4 × 3.0% LPR = 12%; 1,500 claimed on 10,000 a year on is 300.00 above',
    source: '民间借贷规定第二十五条、第二十九条; 1-year LPR 3.0% from 2025-05-20 (legal-rules.md §14 [S]); 10,000 × 12% = 1,200',
    input: { ...base, claimKind: 'private_loan', received: { on: '2025-06-01', fen: 1_000_000 }, claimed: { total: 1_150_000 }, claimedAsOf: '2026-06-01' },
    points: ['interest_above_cap_as_applied'],
    expect: {
      cap: { excessFen: 30_000, reference: false, basis: ['民间借贷规定第二十五条', '民间借贷规定第二十九条'], rates: [{ from: '2025-06-01', rate: 0.12, standard: 'lpr_4x' }], lpr: { rate: 0.03, from: '2025-05-20', on: '2025-06-01' } },
      points: [{ reference: false, params: { capRate: 0.12, excessFen: 30_000 } }],
    },
  },
  {
    name: 'a private loan made 2019-03-01 and sued in 2026: 24% up to 2020-08-19, then 4 × the LPR at filing (12%)',
    source: '民间借贷规定第三十一条第二款 「…自合同成立到2020年8月19日的利息部分…当时的司法解释…自2020年8月20日到借款返还之日的利息部分，适用起诉时本规定的利率保护标准」; 537 days at 24% = 3,530.96, 2,020 days at 12% = 6,641.10',
    input: { ...base, claimKind: 'private_loan', received: { on: '2019-03-01', fen: 1_000_000 }, claimed: { total: 2_200_000 }, claimedAsOf: '2026-03-01' },
    points: ['interest_above_cap_as_applied'],
    notes: ['lpr_filing_date_rule', 'old_private_standard'],
    expect: {
      cap: {
        reference: true, allowedFen: 1_017_206, excessFen: 182_794,
        rates: [{ from: '2019-03-01', rate: 0.24, standard: 'private_old_24' }, { from: '2020-08-20', rate: 0.12, standard: 'lpr_4x' }],
        periods: [{ from: '2019-03-01', to: '2020-08-19', days: 537, rate: 0.24, allowedFen: 353_096 }, { from: '2020-08-19', to: '2026-03-01', days: 2020, rate: 0.12, allowedFen: 664_110 }],
        basis: ['民间借贷规定第二十五条', '民间借贷规定第二十九条', '民间借贷规定第三十一条'],
      },
      points: [{ params: { capRate: 0.12, earlierRate: 0.24, earlierUntil: '2020-08-19' } }],
    },
  },
  {
    name: 'a private loan made and sued before 2020-08-20: the old 24% standard throughout, nothing above it',
    source: '民间借贷规定第三十一条第一款 (the 2020 rules for cases accepted after they took effect); 2015 民间借贷规定第二十六条 24% [S]; 10,000 × 24% × 516 / 365 = 3,392.88 ≥ 3,000',
    input: { ...base, claimKind: 'private_loan', received: { on: '2018-01-01', fen: 1_000_000 }, claimed: { total: 1_300_000 }, claimedAsOf: '2019-06-01' },
    points: [],
    notes: ['old_private_standard'],
    expect: { cap: { allowedFen: 339_288, excessFen: 0, rates: [{ standard: 'private_old_24' }] } },
  },
  {
    name: 'the PBoC-style schedule of a private loan made before any LPR: no 4 × LPR cap can be read for the schedule',
    source: '民间借贷规定第二十五条第二款 (LPR published from 2019-08-20)',
    input: { ...base, claimKind: 'private_loan', received: { on: '2018-01-01', fen: 1_000_000 }, schedule: { count: 12, installmentFen: 90_000, firstDueOn: '2018-02-01' }, claimed: {}, claimedAsOf: '2019-06-01' },
    points: [],
    notes: ['lpr_filing_date_rule', 'lpr_before_first'],
    expect: { annualCost: null, costs: { schedule: { source: 'schedule' } } },
  },
  {
    name: 'a schedule of 12 × 1,000 on 10,000 received: its IRR (about 35% nominal) is above 24% (参考)',
    source: '中国人民银行公告〔2021〕第3号 (IRR of the schedule = the loan\'s annualised rate); 法发〔2017〕22号第二条 [M]',
    input: { ...base, claimKind: 'financial_loan', received: { on: '2025-01-01', fen: 1_000_000 }, schedule: { count: 12, installmentFen: 100_000, firstDueOn: '2025-02-01' }, claimed: {} },
    points: ['annual_cost_above_financial_cap'],
    expect: { annualCost: { source: 'schedule', exceeds: true, cap: { rate: 0.24 } } },
  },
  {
    name: 'a private-loan schedule of 12 × 900 on 10,000 made 2025-06-01: about 15% nominal, above 4 × LPR (12%)',
    source: '民间借贷规定第二十五条; LPR 3.0% from 2025-05-20 [S]',
    input: { ...base, claimKind: 'private_loan', received: { on: '2025-06-01', fen: 1_000_000 }, schedule: { count: 12, installmentFen: 90_000, firstDueOn: '2025-07-01' }, claimed: {} },
    points: ['annual_cost_above_lpr_cap'],
    expect: { annualCost: { cap: { kind: 'lpr_4x', rate: 0.12, lpr: { rate: 0.03, on: '2025-06-01', rule: 'contract_date' } } }, points: [{ params: { lprRate: 0.03, lprOn: '2025-06-01', capRate: 0.12 } }] },
  },
  {
    name: '违约金 2,000 on 10,000 at 18% overdue 184 days: loss 907.40, 130% is 1,179.62, so the damages are above it',
    source: '合同编通则解释第六十五条第二款 「超过造成损失的百分之三十的…一般可以认定为过分高于造成的损失」; 1,000,000 × 0.18 × 184 / 365 = 90,739.7 fen',
    input: { ...base, claimKind: 'financial_loan', statedAnnualRate: 0.18, overdueSince: '2025-07-01', claimedAsOf: '2026-01-01', claimed: { principal: 1_000_000, liquidatedDamages: 200_000 } },
    points: ['liquidated_damages_above_30_percent'],
    expect: { damages: { lossFen: 90_740, limitFen: 117_962, days: 184, exceeds: true } },
  },
  {
    name: '违约金 1,000 with 500 of 罚息 claimed for the same delay: the limit is 1,179.62 − 500 = 679.62, so the damages are above it',
    source: '合同编通则解释第六十五条 (the loss as the base); 罚息 already compensates part of the loss, so it is subtracted from the limit [M]',
    input: { ...base, claimKind: 'financial_loan', statedAnnualRate: 0.18, overdueSince: '2025-07-01', claimedAsOf: '2026-01-01', claimed: { principal: 1_000_000, penalty: 50_000, liquidatedDamages: 100_000 } },
    points: ['liquidated_damages_above_30_percent'],
    expect: { damages: { lossFen: 90_740, penaltyFen: 50_000, limitFen: 67_962, exceeds: true }, points: [{ params: { penaltyFen: 50_000, limitFen: 67_962 } }] },
  },
  {
    name: 'a card whose last statement fell due 2021-06-10, no demand remembered, filed 2025-01-20: the limitation point goes to 有无其他免责/减责事由',
    source: '民法典第一百八十八条、第一百八十九条; 诉讼时效规定第十条 (filing interrupts); three years end 2024-06-11 (2024-06-10 is 端午, 民法典第二百零三条)',
    input: { ...base, claimKind: 'credit_card', claimed: { principal: 2_000_000 }, limitation: { lastDueOn: '2021-06-10', lastDemand: { known: false, reason: 'none' }, filedOn: '2025-01-20' } },
    points: ['limitation_may_have_run'],
    expect: {
      limitation: { status: 'may_have_run', ranOn: '2024-06-11' },
      points: [{ element: 'exemptions', reference: false, params: { event: 'last_due', latestOn: '2021-06-10', ranOn: '2024-06-11', filingDateKnown: 1, demandsUnknown: 1 } }],
    },
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
    name: 'a credit card: 7,000 of interest and 违约金 on 20,000 drawn a year before is 2,200.00 above 24% (参考: 银行卡规定 lets the holder ask to reduce an excessive total)',
    source: '银行卡规定第二条第二款 [V] (总额过高 may be reduced on request); 24% from 法发〔2017〕22号 [M]; 20,000 × 24% = 4,800',
    input: { ...base, claimKind: 'credit_card', received: { on: '2025-01-01', fen: 2_000_000 }, claimed: { principal: 2_000_000, interest: 400_000, liquidatedDamages: 300_000 }, claimedAsOf: '2026-01-01' },
    points: ['interest_above_cap_as_applied'],
    expect: { cap: { excessFen: 220_000 }, points: [{ reference: true, basis: ['最高人民法院关于审理银行卡民事纠纷案件若干问题的规定第二条第二款', '法发〔2017〕22号第二条'] }] },
  },
  {
    name: 'a credit-card instalment plan (分期) of 12 × 1,250 on 12,000: its IRR is above 24%, so 「总额过高」 (参考)',
    source: '银行卡规定第二条第二款 [V]; 24% 法发〔2017〕22号 [M]',
    input: { ...base, claimKind: 'credit_card', received: { on: '2025-01-01', fen: 1_200_000 }, schedule: { count: 12, installmentFen: 125_000, firstDueOn: '2025-02-01' }, claimed: {} },
    points: ['card_total_excessive'],
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
