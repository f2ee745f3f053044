/** Stable import path kept for code and checks outside the app; the module lives in ./case/caseNumber. */
export * from './case/caseNumber'
