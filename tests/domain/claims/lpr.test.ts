/**
 * The 1-year LPR as dated data (民间借贷规定第二十五条第二款: published monthly from 2019-08-20).
 * Rows are [S] (src/domain/claims/lpr.ts names the source of each).
 */
import { LPR_CONFIRMED_THROUGH, lprOn, lprRows } from '../../../src/domain/claims/lpr'

describe('lprOn', () => {
  test('3.0% from 2025-05-20 (legal-rules.md §14), so 4 × LPR = 12% for a contract made in September 2026', () => {
    const found = lprOn('2026-09-16')
    expect(found).toEqual({ ok: true, row: expect.objectContaining({ from: '2025-05-20', rate: 0.03 }), unconfirmed: false })
  })

  test('a rate applies from its announcement day, not the day before', () => {
    expect(lprOn('2025-05-19')).toMatchObject({ ok: true, row: { rate: 0.031 } })
    expect(lprOn('2025-05-20')).toMatchObject({ ok: true, row: { rate: 0.03 } })
  })

  test('the first LPR: 4.25% on 2019-08-20', () => {
    expect(lprOn('2019-08-20')).toMatchObject({ ok: true, row: { rate: 0.0425 } })
  })

  test('a date before 2019-08-20 has no LPR: it is refused, never answered with the earliest rate', () => {
    expect(lprOn('2019-08-19')).toEqual({ ok: false, code: 'before_first_lpr', firstFrom: '2019-08-20' })
    expect(lprOn('2015-01-01').ok).toBe(false)
  })

  test('a date after the last month we could confirm is flagged', () => {
    expect(lprOn(LPR_CONFIRMED_THROUGH)).toMatchObject({ ok: true, unconfirmed: false })
    expect(lprOn('2027-03-01')).toMatchObject({ ok: true, row: { rate: 0.03 }, unconfirmed: true })
  })

  test('an older row is never flagged, whatever the date', () => {
    expect(lprOn('2022-09-01')).toMatchObject({ ok: true, row: { from: '2022-08-22', rate: 0.0365 }, unconfirmed: false })
  })

  test('the table is in date order, every row has a source, and every change is a cut of 5 to 25 basis points', () => {
    for (let i = 1; i < lprRows.length; i++) {
      expect(lprRows[i].from > lprRows[i - 1].from).toBe(true)
      const cut = Math.round((lprRows[i - 1].rate - lprRows[i].rate) * 10_000)
      expect(cut).toBeGreaterThanOrEqual(5)
      expect(cut).toBeLessThanOrEqual(25)
    }
    for (const row of lprRows) expect(row.source.length).toBeGreaterThan(10)
  })

  test('a malformed date throws instead of comparing as text', () => {
    expect(() => lprOn('2026-13-01')).toThrow(TypeError)
  })
})
