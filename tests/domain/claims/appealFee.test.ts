/**
 * 上诉费 goldens, worked by hand from 诉讼费用交纳办法第十三条第（一）项's brackets on the amount appealed
 * (第十七条), never halved (第十六条 halves only 简易程序, a first-instance procedure: 民事诉讼法第一百六十条).
 */
import { appealFee, APPEAL_FEE_NOTICE_DAYS } from '../../../src/domain/claims/appealFee'
import { litigationFee } from '../../../src/domain/claims/litigationFee'

const GOLDEN: [appealedYuan: number, feeYuan: number, workings: string][] = [
  [2_000, 50, '不超过1万元的，每件交纳50元'],
  [10_000, 50, 'the flat 50 up to and including 10,000'],
  [12_345.67, 108.64, '50 + 2,345.67 × 2.5% = 108.64175'],
  [20_000, 300, '50 + 10,000 × 2.5%'],
  [64_610, 1_415.25, '50 + 54,610 × 2.5%'],
  [100_000, 2_300, '50 + 90,000 × 2.5%'],
  [150_000, 3_300, '2,300 + 50,000 × 2%'],
  [200_000, 4_300, '2,300 + 100,000 × 2%'],
  [350_000, 6_550, '4,300 + 150,000 × 1.5%'],
  [600_000, 9_800, '4,300 + 300,000 × 1.5% + 100,000 × 1%'],
]

describe('appealFee', () => {
  it.each(GOLDEN)('appealing %d yuan costs %d yuan (%s)', (appealed, fee) => {
    const result = appealFee(Math.round(appealed * 100))
    expect(result?.feeFen).toBe(Math.round(fee * 100))
    expect(result?.appealedFen).toBe(Math.round(appealed * 100))
  })

  it('is the full scale, not the half that a simple-procedure first instance paid on the same amount', () => {
    expect(litigationFee(20_000, { procedure: 'simple' })).toBe(150)
    expect(appealFee(2_000_000)?.feeFen).toBe(30_000)
  })

  it('cites the articles the amount and the payment rest on', () => {
    expect(appealFee(100)?.basis).toEqual(['诉讼费用交纳办法第十七条', '诉讼费用交纳办法第十三条', '诉讼费用交纳办法第二十二条', '民诉法解释第三百一十八条'])
    expect(APPEAL_FEE_NOTICE_DAYS).toBe(7)
  })

  it('refuses an amount that is not whole fen', () => {
    expect(appealFee(-1)).toBeNull()
    expect(appealFee(1.5)).toBeNull()
    expect(appealFee(Number.NaN)).toBeNull()
  })
})
