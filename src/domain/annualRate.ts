/**
 * Pinned public API (issue 8): `annualRate(flows)` so the figures can be checked against published
 * worked examples. The implementation lives in ./claims/annualRate.
 */
export { annualRate } from './claims/annualRate'
export type { AnnualRate, CashFlow } from './claims/annualRate'
