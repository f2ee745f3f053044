/** 起诉状各项请求在文书里的叫法：同一个「本金」，信用卡叫透支本金，保证保险叫理赔款。 */
import type { ClaimKind } from '../claims/claimKind'
import type { ClaimedItems } from '../claims/findings'

const LABELS: Record<keyof ClaimedItems, string> = {
  principal: '本金', interest: '利息', penalty: '罚息、复利', liquidatedDamages: '违约金',
  serviceFees: '服务费等费用', enforcementCosts: '律师费等实现债权的费用', other: '其他', total: '合计',
}
const PRINCIPAL: Record<ClaimKind, string> = {
  financial_loan: '本金', private_loan: '本金', small_loan: '本金', credit_card: '透支本金', guarantee_insurance: '理赔款', recourse: '代偿款（理赔款）',
}

/**
 * The name of a claimed item for the claim kind.
 * @example claimedLabel('credit_card', 'principal') // '透支本金'
 */
export function claimedLabel(kind: ClaimKind, key: keyof ClaimedItems): string {
  return key === 'principal' ? PRINCIPAL[kind] : LABELS[key]
}
