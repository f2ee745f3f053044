/**
 * 北京时间的"日历日"：'YYYY-MM-DD' 字符串与整数日序号（1970-01-01 = 0）互转。
 * No `Date` anywhere: a `Date` reads the machine's time zone, and a legal last day must not
 * change between a phone in Los Angeles and one in Shanghai. Arithmetic is on integer day
 * numbers with Howard Hinnant's days-from-civil algorithm (proleptic Gregorian calendar).
 */

/** A Beijing-time calendar date, 'YYYY-MM-DD'. */
export type PlainDate = string

const MS_PER_DAY = 86_400_000
const BEIJING_OFFSET_MS = 8 * 3_600_000
const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/

/**
 * Day number (days since 1970-01-01) of a civil date; month is 1–12.
 * @example dayNumberFromCivil(2026, 1, 1) // 20454
 */
export function dayNumberFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yoe = y - era * 400
  const mp = (month + 9) % 12
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
  return era * 146_097 + doe - 719_468
}

/**
 * Inverse of {@link dayNumberFromCivil}.
 * @example civilFromDayNumber(20454) // { year: 2026, month: 1, day: 1 }
 */
export function civilFromDayNumber(dayNumber: number): { year: number; month: number; day: number } {
  const z = dayNumber + 719_468
  const era = Math.floor(z / 146_097)
  const doe = z - era * 146_097
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365)
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1
  const month = mp < 10 ? mp + 3 : mp - 9
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day }
}

/**
 * Number of days in a month (1–12) of a Gregorian year.
 * @example daysInMonth(2028, 2) // 29
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}

const pad2 = (n: number): string => (n < 10 ? '0' + n : String(n))

/**
 * Formats a day number as 'YYYY-MM-DD' (years 1000–9999).
 * @example formatDayNumber(20454) // '2026-01-01'
 */
export function formatDayNumber(dayNumber: number): PlainDate {
  const { year, month, day } = civilFromDayNumber(dayNumber)
  return `${year}-${pad2(month)}-${pad2(day)}`
}

/**
 * True when the string has the 'YYYY-MM-DD' shape AND names a day that exists.
 * @example isValidPlainDate('2026-02-29') // false
 */
export function isValidPlainDate(value: unknown): value is PlainDate {
  if (typeof value !== 'string' || !DATE_SHAPE.test(value)) return false
  const year = Number(value.slice(0, 4))
  const month = Number(value.slice(5, 7))
  const day = Number(value.slice(8, 10))
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
}

/**
 * Day number of a valid 'YYYY-MM-DD'. Throws on anything else: a programmer error, since every
 * boundary has already validated its dates.
 * @example toDayNumber('1970-01-02') // 1
 */
export function toDayNumber(date: PlainDate): number {
  if (!isValidPlainDate(date)) throw new TypeError(`not a plain date: ${String(date)}`)
  return dayNumberFromCivil(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)))
}

/**
 * Adds (or with a negative count subtracts) calendar days.
 * @example addDays('2026-09-16', 15) // '2026-10-01'
 */
export function addDays(date: PlainDate, days: number): PlainDate {
  return formatDayNumber(toDayNumber(date) + days)
}

/**
 * Adds months per 民法典 第二百零二条: the period ends on the corresponding day of the final
 * month, or on that month's last day when it has no corresponding day.
 * @example addMonths('2026-08-31', 6) // '2027-02-28'
 */
export function addMonths(date: PlainDate, months: number): PlainDate {
  toDayNumber(date)
  const total = Number(date.slice(0, 4)) * 12 + (Number(date.slice(5, 7)) - 1) + months
  const year = Math.floor(total / 12)
  const month = total - year * 12 + 1
  const day = Math.min(Number(date.slice(8, 10)), daysInMonth(year, month))
  return `${year}-${pad2(month)}-${pad2(day)}`
}

/**
 * ISO weekday: 1 = Monday … 7 = Sunday.
 * @example weekday('2026-03-21') // 6 (Saturday)
 */
export function weekday(date: PlainDate): number {
  return weekdayOfDayNumber(toDayNumber(date))
}

/**
 * ISO weekday of a day number (1970-01-01 was a Thursday).
 * @example weekdayOfDayNumber(0) // 4
 */
export function weekdayOfDayNumber(dayNumber: number): number {
  return ((((dayNumber + 3) % 7) + 7) % 7) + 1
}

/**
 * Negative, zero or positive like a sort comparator. 'YYYY-MM-DD' strings sort as text, but
 * this validates both sides so a malformed date cannot compare silently.
 * @example ['2026-10-08', '2026-02-24'].sort(compareDates) // ['2026-02-24', '2026-10-08']
 */
export function compareDates(a: PlainDate, b: PlainDate): number {
  return toDayNumber(a) - toDayNumber(b)
}

/**
 * Days from `from` to `to` (positive when `to` is later).
 * @example daysBetween('2026-09-16', '2026-10-01') // 15
 */
export function daysBetween(from: PlainDate, to: PlainDate): number {
  return toDayNumber(to) - toDayNumber(from)
}

/**
 * The Beijing calendar date (UTC+8, no daylight saving since 1991) of an epoch-ms instant,
 * computed without the machine's time zone.
 * @example beijingToday(Date.UTC(2026, 2, 5, 16, 30)) // '2026-03-06' (00:30 in Beijing)
 */
export function beijingToday(nowMs: number): PlainDate {
  if (!Number.isFinite(nowMs)) throw new TypeError(`not an epoch-ms instant: ${nowMs}`)
  return formatDayNumber(Math.floor((nowMs + BEIJING_OFFSET_MS) / MS_PER_DAY))
}
