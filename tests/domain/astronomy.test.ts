import { apparentSolarLongitude, beijingDayOfJde, jdeOfDayNumber, newMoonJde, solarLongitudeJde } from '../../src/domain/calendar/astronomy'
import { formatDayNumber, toDayNumber } from '../../src/domain/calendar/plainDate'

describe('astronomical algorithms (Meeus, Astronomical Algorithms 2nd ed.)', () => {
  it('reproduces example 49.a: the new moon of 1977 February, JDE 2443192.65118', () => {
    expect(newMoonJde(-283)).toBeCloseTo(2_443_192.65118, 4)
  })

  it('reproduces example 25.a: the apparent solar longitude on 1992-10-13 0h TD, 199.90895°', () => {
    expect(apparentSolarLongitude(2_448_908.5)).toBeCloseTo(199.90895, 3)
  })

  it('converts J2000.0 (12:00 TT on 2000-01-01) to the Beijing date 2000-01-01', () => {
    expect(formatDayNumber(beijingDayOfJde(2_451_545))).toBe('2000-01-01')
  })

  it('finds the 2026 清明 (15°) on 2026-04-05 Beijing time, as the State Council notice implies', () => {
    const jde = solarLongitudeJde(15, jdeOfDayNumber(toDayNumber('2026-04-01')))
    expect(apparentSolarLongitude(jde)).toBeCloseTo(15, 6)
    expect(formatDayNumber(beijingDayOfJde(jde))).toBe('2026-04-05')
  })
})
