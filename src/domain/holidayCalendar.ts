/** Stable import path kept for code and checks outside the app; the module lives in ./calendar/holidayCalendar. */
export * from './calendar/holidayCalendar'
