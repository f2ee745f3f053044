/**
 * 支付令异议针对哪些请求。民诉法解释第四百三十二条：债务人只对其中一项或几项请求提出异议的，不影响其他各项
 * 请求的效力——没有异议的部分期满照样可以申请强制执行（民事诉讼法第二百二十七条第三款）。第四百三十六条：
 * 只说还不起、想晚点还或者换个方式还，不影响支付令的效力。So the page asks what is disputed, the document
 * says exactly that, and a charges-only objection is never presented as a full one.
 */
export const paymentOrderClaims = ['principal', 'interest', 'penalty', 'fees'] as const
export type PaymentOrderClaim = (typeof paymentOrderClaims)[number]

export type PaymentOrderScope = {
  /** False until the user said what is disputed (the document then objects to all of it). */
  answered: boolean
  full: boolean
  disputed: PaymentOrderClaim[]
  /** What stays enforceable because it is not objected to. */
  undisputed: PaymentOrderClaim[]
  /** A "full" objection whose every reason is about interest and charges: the principal may be found undisputed. */
  chargesOnlyReasons: boolean
}

/** Reasons that dispute only interest and charges, never the principal. */
const CHARGES_ONLY_REASONS: ReadonlySet<string> = new Set(['charges_too_high'])
const NAMES: Record<PaymentOrderClaim, string> = { principal: '本金', interest: '利息', penalty: '罚息、违约金', fees: '各项费用' }

/**
 * What the objection covers, from the 「对哪些请求有异议」 choice (codes of paymentOrderClaims, or 'all') and the reasons.
 * @example paymentOrderScope(['interest', 'penalty'], ['charges_too_high']).undisputed // ['principal', 'fees']
 */
export function paymentOrderScope(disputedChoice: readonly string[], reasons: readonly string[]): PaymentOrderScope {
  const answered = disputedChoice.length > 0
  const picked = paymentOrderClaims.filter((c) => disputedChoice.includes(c))
  const full = !answered || disputedChoice.includes('all') || picked.length === paymentOrderClaims.length
  const disputed = full ? [...paymentOrderClaims] : picked
  const undisputed = full ? [] : paymentOrderClaims.filter((c) => !picked.includes(c))
  const chargesOnlyReasons = full && reasons.length > 0 && reasons.every((r) => CHARGES_ONLY_REASONS.has(r))
  return { answered, full, disputed, undisputed, chargesOnlyReasons }
}

/**
 * The words the objection uses for what it covers.
 * @example paymentOrderScopeText(paymentOrderScope(['all'], [])) // '所列全部债务'
 * @example paymentOrderScopeText(paymentOrderScope(['interest', 'penalty'], [])) // '所列利息、罚息、违约金请求'
 */
export function paymentOrderScopeText(scope: PaymentOrderScope): string {
  return scope.full ? '所列全部债务' : `所列${scope.disputed.map((c) => NAMES[c]).join('、')}请求`
}
