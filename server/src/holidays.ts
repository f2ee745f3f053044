/** The shared holiday calendar (src/domain, maintained with the deadline engine). */
import { bundledHolidayYears, parseHolidayYear } from '../../src/domain/calendar/holidayCalendar.ts'
import type { HolidaySource } from './routes/holidayCalendar.ts'

export const bundledHolidays: HolidaySource = { bundled: bundledHolidayYears }
export { parseHolidayYear }
