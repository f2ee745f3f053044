/**
 * 核对诉讼请求的输入：起诉状上的金额和用户自己的记录，已经校验过（services/claimCheckForm.ts 负责把
 * 用户敲的字变成这里的值；写错的不会到这里）。Amounts in fen, dates Beijing 'YYYY-MM-DD', rates as fractions.
 */
import type { ClaimKind } from './claimKind'
import type { ClaimedItems, Fen, Payment } from './findings'
import type { Schedule } from './annualCost'
import type { LimitationFacts } from './limitation'

export type ProcedureOrUnsure = 'ordinary' | 'simple' | 'small_claims' | 'payment_order' | 'pre_litigation_mediation' | 'unsure'
export type YesNoUnsure = 'yes' | 'no' | 'unsure'

export type ClaimCheckInput = {
  claimKind: ClaimKind
  procedure: ProcedureOrUnsure
  /** 到手金额和到账日期. */
  received?: Payment
  /** 合同写的借款金额（到手金额更少时说明有预扣）. */
  contractAmountFen?: Fen
  /** 合同成立日; the received date when not given. */
  contractOn?: string
  /** 合同写的年利率（已从日/月利率折算成年）. */
  statedAnnualRate?: number
  /** 合同约定的还款计划. */
  schedule?: Schedule
  /** 已还款（任意顺序）. */
  repayments: readonly Payment[]
  claimed: ClaimedItems
  /** 起诉状里金额计算到哪一天（「截至…」）. */
  claimedAsOf?: string
  /** True when claimedAsOf is our stand-in (the service date or today), not the complaint's own date. */
  claimedAsOfAssumed?: boolean
  /** 逾期开始的日期（违约金损失的估算从这天起）. */
  overdueSince?: string
  /** 订合同时对方有没有提示、说明利息费用条款. */
  termsExplained?: YesNoUnsure
  /** 信用卡：账单上对违约金、手续费也计了利息吗. */
  interestOnFees?: YesNoUnsure
  /**
   * 诉讼时效的回答 with the case's filing-date bounds (services/limitation.ts merges them). Absent: no limitation
   * result at all; present but without a last due date: 'unanswered'. `filedOn` also dates the LPR for old
   * 民间借贷 contracts (民间借贷规定第三十一条第二款).
   */
  limitation?: LimitationFacts
}
