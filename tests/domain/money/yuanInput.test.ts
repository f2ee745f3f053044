import { fenToYuanText, formatFen, parseYuanInput } from '../../../src/domain/money/yuanInput'

describe('parseYuanInput', () => {
  it.each([
    ['12,345.67元', 1_234_567, '12345.67'],
    ['１２３４５．６', 1_234_560, '12345.60'],
    [' 8 000 ', 800_000, '8000'],
    ['￥100', 10_000, '100'],
    ['1.2万', 1_200_000, '12000'],
    ['3万元', 3_000_000, '30000'],
    ['0.05', 5, '0.05'],
    ['1，000元整', 100_000, '1000'],
  ])('reads %s as %i fen (%s)', (text, fen, normalized) => {
    expect(parseYuanInput(text)).toEqual({ ok: true, empty: false, fen, normalized })
  })

  it('gives the canonical text of what it read, so the form can show it', () => {
    expect(parseYuanInput('12,345.67元')).toEqual({ ok: true, empty: false, fen: 1_234_567, normalized: '12345.67' })
  })

  it('treats blank input as not filled in', () => {
    expect(parseYuanInput('  ')).toEqual({ ok: true, empty: true })
  })

  it.each([
    ['12,345.67元abc', 'not_a_number'],
    ['-100', 'negative'],
    ['－100', 'negative'],
    ['1.234', 'too_many_decimals'],
    ['1.2.3', 'not_a_number'],
    ['abc', 'not_a_number'],
    ['99999999999999', 'too_large'],
  ])('refuses %s with %s instead of altering it', (text, code) => {
    expect(parseYuanInput(text)).toEqual({ ok: false, code })
  })
})

describe('formatting fen', () => {
  it('writes thousands separators and two decimals for people', () => {
    expect(formatFen(1_234_567)).toBe('12,345.67')
    expect(formatFen(100)).toBe('1.00')
    expect(formatFen(100_000_000_00)).toBe('100,000,000.00')
  })
  it('writes the plain canonical text for forms', () => {
    expect(fenToYuanText(1_234_560)).toBe('12345.60')
    expect(fenToYuanText(1_200_000)).toBe('12000')
  })
})
