/** Stable import path kept for code and checks outside the app; the module lives in ./claims/litigationFee. */
export * from './claims/litigationFee'
