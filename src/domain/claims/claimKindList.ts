/**
 * The 案由 codes alone. The case record (main package) needs only this list; keeping it apart from
 * claimKind.ts keeps the lender inference out of the main package.
 */
export const claimKinds = ['financial_loan', 'credit_card', 'guarantee_insurance', 'private_loan'] as const
export type ClaimKind = (typeof claimKinds)[number]
