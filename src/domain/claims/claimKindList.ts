/**
 * The 案由 codes alone. small_loan (小额借款合同纠纷: a 小额贷款公司 sues) and recourse (追偿权纠纷: a guarantor
 * or insurer that paid the lender sues the borrower) were added for issue 17; new codes go at the end so
 * stored records keep their meaning. The case record (main package) needs only this list; keeping it apart from
 * claimKind.ts keeps the lender inference out of the main package.
 */
export const claimKinds = ['financial_loan', 'credit_card', 'guarantee_insurance', 'private_loan', 'small_loan', 'recourse'] as const
export type ClaimKind = (typeof claimKinds)[number]
