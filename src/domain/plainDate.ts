/** Stable import path kept for code and checks outside the app; the module lives in ./calendar/plainDate. */
export * from './calendar/plainDate'
