/**
 * 催收页要说清楚的几件事和它们的依据（文字在 src/i18n/collection.ts）。
 *
 * - civil_matter: an ordinary unpaid loan is a civil dispute decided by a court; collectors cannot arrest anyone.
 *   Honest exceptions, both [V]: 恶意透支 of a credit card (以非法占有为目的, not repaid after the bank's demand) is
 *   信用卡诈骗 (刑法第一百九十六条), and refusing to carry out a judgment one is able to carry out is a crime
 *   (刑法第三百一十三条).
 * - demand_restarts_limitation: a demand that reaches the debtor interrupts the three years (民法典第一百九十五条;
 *   诉讼时效规定第八条) — a collection record shows demands reached the user, so think before filing it in court.
 * - letter_not_acknowledgement: agreeing to pay, instalments or a plan count as agreeing to perform (诉讼时效规定第十四条)
 *   and, after the period ran, end the defence (民法典第一百九十二条第二款; 诉讼时效规定第十九条): the letter and the
 *   complaint never acknowledge the debt.
 */
export const guideBasis = {
  civil_matter: ['刑法第一百九十六条', '刑法第三百一十三条'],
  demand_restarts_limitation: ['民法典第一百九十五条', '诉讼时效规定第八条'],
  letter_not_acknowledgement: ['诉讼时效规定第十四条', '民法典第一百九十二条', '诉讼时效规定第十九条'],
} as const satisfies Record<string, readonly string[]>
export type GuidePoint = keyof typeof guideBasis
