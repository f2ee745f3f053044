/**
 * The computed fallback (Meeus new moons + solar longitude) against chinese-days'
 * getSolarDateFromLunar / getLunarFestivals / getSolarTerms for 2027–2060.
 */
import { computeStatutoryHolidays, lunarDay, lunarMonthsOfSui, qingmingDay } from '../../src/domain/calendar/lunarHolidays'
import { dayNumberFromCivil, formatDayNumber } from '../../src/domain/calendar/plainDate'
import { askChineseDays } from './support/chineseDaysOracle'

const oracle = askChineseDays(2027, 2027, 2027, 2060)
const fmt = formatDayNumber

describe('computed lunar festivals and Qingming', () => {
  it('asks chinese-days about 34 years', () => {
    expect(oracle.lunar.map((y) => y.year)).toEqual(Array.from({ length: 34 }, (_, i) => 2027 + i))
  })

  for (const expected of oracle.lunar) {
    it(`matches chinese-days for ${expected.year}: 除夕, 春节, 清明, 端午, 中秋`, () => {
      const y = expected.year
      expect({
        newYearsEve: fmt(lunarDay(y, 1, 1) - 1),
        newYear: fmt(lunarDay(y, 1, 1)),
        qingming: fmt(qingmingDay(y)),
        dragonBoat: fmt(lunarDay(y, 5, 5)),
        midAutumn: fmt(lunarDay(y, 8, 15)),
      }).toEqual({
        newYearsEve: expected.newYearsEve, newYear: expected.newYear, qingming: expected.qingming,
        dragonBoat: expected.dragonBoat, midAutumn: expected.midAutumn,
      })
    })
  }

  it('puts 除夕 on the 29th of the twelfth month when that month is short (2027-02-05)', () => {
    const months = lunarMonthsOfSui(2027)
    const twelfth = months.find((m) => m.month === 12 && !m.leap)!
    expect(lunarDay(2027, 1, 1) - twelfth.start).toBe(29)
    expect(fmt(lunarDay(2027, 1, 1) - 1)).toBe('2027-02-05')
  })

  it('inserts the leap eleventh month of 2033 (the "2033 problem") and so puts 春节 2034 on 02-19', () => {
    const months = lunarMonthsOfSui(2034)
    expect(months.filter((m) => m.leap).map((m) => m.month)).toEqual([11])
    expect(fmt(lunarDay(2034, 1, 1))).toBe('2034-02-19')
  })

  it('applies the 2024 revision from 2025: 除夕 and 5月2日 are statutory days (国务院令第795号)', () => {
    const days = computeStatutoryHolidays(2027)
    expect([...days.entries()].map(([d, n]) => `${fmt(d)} ${n}`).sort()).toEqual([
      '2027-01-01 元旦', '2027-02-05 春节', '2027-02-06 春节', '2027-02-07 春节', '2027-02-08 春节',
      '2027-04-05 清明节', '2027-05-01 劳动节', '2027-05-02 劳动节', '2027-06-09 端午节',
      '2027-09-15 中秋节', '2027-10-01 国庆节', '2027-10-02 国庆节', '2027-10-03 国庆节',
    ])
  })

  it('uses the 2013 rules before 2025: 春节 初一 to 初三 and one 劳动节 day', () => {
    const days = computeStatutoryHolidays(2024)
    expect(days.get(dayNumberFromCivil(2024, 2, 9))).toBeUndefined() // 除夕 2024
    expect(days.get(dayNumberFromCivil(2024, 2, 10))).toBe('春节')
    expect(days.get(dayNumberFromCivil(2024, 5, 2))).toBeUndefined()
  })
})
