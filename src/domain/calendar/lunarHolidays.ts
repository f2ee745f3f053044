/**
 * 未公布放假安排的年份：按《全国年节及纪念日放假办法》推算法定节日（农历与节气按天文算法计算，
 * 不手工录入）。Used only as the fallback for a year without a State Council notice; every
 * result that depends on it is marked provisional by the calendar.
 */
import { beijingDayOfJde, jdeOfDayNumber, newMoonJde, solarLongitudeJde } from './astronomy'
import { dayNumberFromCivil } from './plainDate'

const FIRST_NEW_MOON_2000 = dayNumberFromCivil(2000, 1, 6)
const SYNODIC_MONTH = 29.530588861

/** Beijing day of the moment the Sun reaches `degrees`, searched from a date guess. */
function solarTermDay(degrees: number, guessDayNumber: number): number {
  return beijingDayOfJde(solarLongitudeJde(degrees, jdeOfDayNumber(guessDayNumber)))
}

/**
 * 清明: the day (Beijing time) the Sun reaches apparent longitude 15°.
 * @example formatDayNumber(qingmingDay(2027)) // '2027-04-05'
 */
export function qingmingDay(year: number): number {
  return solarTermDay(15, dayNumberFromCivil(year, 4, 5))
}

export type LunarMonth = { start: number; month: number; leap: boolean }

/**
 * The lunar months of the 岁 from the 冬至 of `year − 1` to the 冬至 of `year`: month 11 is the one
 * containing 冬至; in a 13-month 岁 the first month without a 中气 (a multiple of 30°) is the leap
 * month and repeats the previous number (this is what makes 2033 carry a 闰十一月).
 * @example lunarMonthsOfSui(2034).find((m) => m.leap)?.month // 11
 */
export function lunarMonthsOfSui(year: number): LunarMonth[] {
  const solstice1 = solarTermDay(270, dayNumberFromCivil(year - 1, 12, 22))
  const solstice2 = solarTermDay(270, dayNumberFromCivil(year, 12, 22))
  const k0 = Math.floor((solstice1 - FIRST_NEW_MOON_2000) / SYNODIC_MONTH) - 1
  const newMoons: number[] = []
  for (let k = k0; k < k0 + 16; k++) newMoons.push(beijingDayOfJde(newMoonJde(k)))
  const first = lastIndexAtOrBefore(newMoons, solstice1)
  const next = lastIndexAtOrBefore(newMoons, solstice2)
  const zhongqi: number[] = []
  for (let i = 0; i <= 12; i++) zhongqi.push(solarTermDay((270 + 30 * i) % 360, solstice1 + Math.round(i * 30.44)))
  const leapYear = next - first === 13
  const months: LunarMonth[] = []
  let number = 10
  let leapTaken = false
  for (let i = first; i < next; i++) {
    const start = newMoons[i]
    const end = newMoons[i + 1]
    const hasZhongqi = zhongqi.some((d) => d >= start && d < end)
    const leap = leapYear && !leapTaken && i > first && !hasZhongqi
    if (leap) leapTaken = true
    else number = (number % 12) + 1
    months.push({ start, month: number, leap })
  }
  return months
}

function lastIndexAtOrBefore(sorted: number[], day: number): number {
  let found = -1
  for (let i = 0; i < sorted.length; i++) if (sorted[i] <= day) found = i
  if (found < 0 || found === sorted.length - 1) throw new RangeError(`new-moon window missed day ${day}`)
  return found
}

/**
 * Day number of 农历 `month`/`day` (a non-leap month 1–10) in the lunar year that begins in
 * Gregorian `year`; months 11 and 12 of that lunar year fall in the next 岁.
 * @example formatDayNumber(lunarDay(2027, 8, 15)) // '2027-09-15' (中秋)
 */
export function lunarDay(year: number, month: number, day: number): number {
  if (month < 1 || month > 10) throw new RangeError(`lunar month ${month} is outside this 岁`)
  const found = lunarMonthsOfSui(year).find((m) => m.month === month && !m.leap)
  if (!found) throw new RangeError(`no lunar month ${month} in ${year}`)
  return found.start + day - 1
}

/**
 * The statutory rest days (法定节假日) of a Gregorian year under 《全国年节及纪念日放假办法》, without
 * any 调休: the 2024 revision (国务院令第795号, from 2025-01-01) adds 除夕 and 5月2日; the 2013
 * revision applies to 2014–2024, the 2007 one before. [M] for pre-2025 versions (not in the fact sheet).
 * @example computeStatutoryHolidays(2027).get(dayNumberFromCivil(2027, 2, 5)) // '春节' (除夕)
 */
export function computeStatutoryHolidays(year: number): Map<number, string> {
  const days = new Map<number, string>()
  const add = (day: number, name: string): void => {
    const existing = days.get(day)
    days.set(day, existing && existing !== name ? `${existing}、${name}` : name)
  }
  const springFestival = lunarDay(year, 1, 1)
  add(dayNumberFromCivil(year, 1, 1), '元旦')
  const springDays = year >= 2025 ? [-1, 0, 1, 2] : year >= 2014 ? [0, 1, 2] : [-1, 0, 1]
  for (const offset of springDays) add(springFestival + offset, '春节')
  add(qingmingDay(year), '清明节')
  add(dayNumberFromCivil(year, 5, 1), '劳动节')
  if (year >= 2025) add(dayNumberFromCivil(year, 5, 2), '劳动节')
  add(lunarDay(year, 5, 5), '端午节')
  add(lunarDay(year, 8, 15), '中秋节')
  for (let d = 1; d <= 3; d++) add(dayNumberFromCivil(year, 10, d), '国庆节')
  return days
}
