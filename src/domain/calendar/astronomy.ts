/**
 * 天文算法：朔（新月）与太阳视黄经，用于推算未公布年份的农历节日与清明。
 * Jean Meeus, "Astronomical Algorithms" (2nd ed.): ch. 49 (true new moon, with the 14 planetary
 * corrections; error ~ a few seconds) and ch. 25 (apparent solar longitude, low-accuracy
 * series, ~0.01° ≈ 15 minutes). Results are Beijing calendar days (UTC+8) as day numbers.
 * The cross-check against chinese-days for 2027–2060 lives in tests/domain/astronomy.test.ts.
 */

const RAD = Math.PI / 180
const JD_UNIX_EPOCH = 2_440_587.5
const TROPICAL_YEAR = 365.242_19

const sin = (deg: number): number => Math.sin(deg * RAD)

/** ΔT = TT − UT in seconds (Espenak & Meeus polynomials for 1986–2150). */
function deltaTSeconds(year: number): number {
  if (year < 2005) {
    const t = year - 2000
    return 63.86 + 0.3345 * t - 0.060374 * t ** 2 + 0.0017275 * t ** 3 + 0.000651814 * t ** 4 + 0.00002373599 * t ** 5
  }
  if (year < 2050) {
    const t = year - 2000
    return 62.92 + 0.32217 * t + 0.005589 * t ** 2
  }
  const u = (year - 1820) / 100
  return -20 + 32 * u * u - 0.5628 * (2150 - year)
}

/**
 * Beijing-time day number (1970-01-01 = 0) of a Julian Ephemeris Day.
 * @example formatDayNumber(beijingDayOfJde(2451545.0)) // '2000-01-01' (J2000.0 = 20:00 Beijing)
 */
export function beijingDayOfJde(jde: number): number {
  const year = 2000 + (jde - 2_451_545) / 365.25
  const jdUt = jde - deltaTSeconds(year) / 86_400
  return Math.floor(jdUt + 8 / 24 - JD_UNIX_EPOCH)
}

const NEW_MOON_TERMS: readonly [number, number, number, number, number][] = [
  // [coefficient, power of E, multiple of M, of M', of F]
  [-0.4072, 0, 0, 1, 0], [0.17241, 1, 1, 0, 0], [0.01608, 0, 0, 2, 0], [0.01039, 0, 0, 0, 2],
  [0.00739, 1, -1, 1, 0], [-0.00514, 1, 1, 1, 0], [0.00208, 2, 2, 0, 0], [-0.00111, 0, 0, 1, -2],
  [-0.00057, 0, 0, 1, 2], [0.00056, 1, 1, 2, 0], [-0.00042, 0, 0, 3, 0], [0.00042, 1, 1, 0, 2],
  [0.00038, 1, 1, 0, -2], [-0.00024, 1, -1, 2, 0], [-0.00007, 0, 2, 1, 0], [0.00004, 0, 0, 2, -2],
  [0.00004, 0, 3, 0, 0], [0.00003, 0, 1, 1, -2], [0.00003, 0, 0, 2, 2], [-0.00003, 0, 1, 1, 2],
  [0.00003, 0, -1, 1, 2], [-0.00002, 0, -1, 1, -2], [-0.00002, 0, 1, 3, 0], [0.00002, 0, 0, 4, 0],
]

const PLANETARY: readonly [number, number, number][] = [
  [299.77, 0.107408, 0.000325], [251.88, 0.016321, 0.000165], [251.83, 26.651886, 0.000164],
  [349.42, 36.412478, 0.000126], [84.66, 18.206239, 0.00011], [141.74, 53.303771, 0.000062],
  [207.14, 2.453732, 0.00006], [154.84, 7.30686, 0.000056], [34.52, 27.261239, 0.000047],
  [207.19, 0.121824, 0.000042], [291.34, 1.844379, 0.00004], [161.72, 24.198154, 0.000037],
  [239.56, 25.513099, 0.000035], [331.55, 3.592518, 0.000023],
]

/**
 * JDE of the true new moon with lunation number k (k = 0: 2000-01-06). Meeus ch. 49.
 * @example newMoonJde(-283) // ≈ 2443192.65 (1977-02-18, Meeus example 49.a)
 */
export function newMoonJde(k: number): number {
  const t = k / 1236.85
  const t2 = t * t
  const e = 1 - 0.002516 * t - 0.0000074 * t2
  const m = 2.5534 + 29.1053567 * k - 0.0000014 * t2 - 0.00000011 * t2 * t
  const mp = 201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t2 * t - 0.000000058 * t2 * t2
  const f = 160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t2 * t + 0.000000011 * t2 * t2
  const omega = 124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t2 * t
  let jde = 2_451_550.09766 + 29.530588861 * k + 0.00015437 * t2 - 0.00000015 * t2 * t + 0.00000000073 * t2 * t2
  for (const [c, ePow, cm, cmp, cf] of NEW_MOON_TERMS) jde += c * e ** ePow * sin(cm * m + cmp * mp + cf * f)
  jde += -0.00017 * sin(omega)
  for (const [a, b, c] of PLANETARY) jde += c * sin(a + b * k - (a === 299.77 ? 0.009173 * t2 : 0))
  return jde
}

/**
 * Apparent geocentric longitude of the Sun in degrees [0, 360). Meeus ch. 25 (low accuracy).
 * @example apparentSolarLongitude(2448908.5) // ≈ 199.909 (1992-10-13, Meeus example 25.a)
 */
export function apparentSolarLongitude(jde: number): number {
  const t = (jde - 2_451_545) / 36_525
  const l0 = 280.46646 + 36_000.76983 * t + 0.0003032 * t * t
  const m = 357.52911 + 35_999.05029 * t - 0.0001537 * t * t
  const c = (1.914602 - 0.004817 * t - 0.000014 * t * t) * sin(m) + (0.019993 - 0.000101 * t) * sin(2 * m) + 0.000289 * sin(3 * m)
  const omega = 125.04 - 1934.136 * t
  const lambda = l0 + c - 0.00569 - 0.00478 * sin(omega)
  return ((lambda % 360) + 360) % 360
}

/**
 * JDE when the Sun's apparent longitude reaches `degrees`, searched near `guessJde` (±20 days).
 * @example formatDayNumber(beijingDayOfJde(solarLongitudeJde(15, jdeOfDayNumber(toDayNumber('2027-04-05'))))) // '2027-04-05' (清明)
 */
export function solarLongitudeJde(degrees: number, guessJde: number): number {
  let jde = guessJde
  for (let i = 0; i < 50; i++) {
    const diff = ((((degrees - apparentSolarLongitude(jde)) % 360) + 540) % 360) - 180
    jde += (diff * TROPICAL_YEAR) / 360
    if (Math.abs(diff) < 1e-7) break
  }
  return jde
}

/**
 * JDE at 00:00 UT of a day number (for guesses).
 * @example jdeOfDayNumber(0) // 2440587.5
 */
export const jdeOfDayNumber = (dayNumber: number): number => dayNumber + JD_UNIX_EPOCH
