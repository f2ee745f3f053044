/** What the user typed becomes typed values; what cannot be read is reported at its field, never guessed. */
import { readDraftFields } from '../../../src/domain/documents/draftFields'
import { templateFor } from '../../../src/domain/documents/templates'

const read = (kind: Parameters<typeof templateFor>[0], fields: Record<string, string>, choices: Record<string, string[]> = {}) =>
  readDraftFields(kind, templateFor(kind, 'financial_loan'), { fields, choices })

describe('readDraftFields', () => {
  it('reads dates, amounts as the user writes them, and counts', () => {
    const r = read('installment_letter', { totalFen: '1.2万', months: '3', firstDueOn: '2026-10-31', accountInfo: '  借呗 ' })
    expect(r.issues).toEqual([])
    expect(r.fields).toMatchObject({ totalFen: 1_200_000, months: 3, firstDueOn: '2026-10-31', accountInfo: '借呗', regularFen: 400_000, lastFen: 400_000 })
    expect(r.fields.installments).toHaveLength(3)
  })

  it('reports an impossible date, a bad amount and a bad count at their fields', () => {
    const r = read('installment_letter', { totalFen: '12,34a', months: '三', firstDueOn: '2026-02-30' })
    expect(r.issues).toEqual([{ field: 'totalFen', code: 'invalid_amount' }, { field: 'months', code: 'invalid_count' }, { field: 'firstDueOn', code: 'invalid_date' }])
    expect(r.fields.installments).toBeUndefined()
  })

  it('refuses a plan of more than 60 months at the months field', () => {
    expect(read('installment_letter', { totalFen: '10000', months: '61', firstDueOn: '2026-10-31' }).issues).toEqual([{ field: 'months', code: 'months_out_of_range' }])
  })

  it('plans installments for a repayment proposal only when the user chose installments', () => {
    const fields = { proposedFen: '6000', months: '6', firstDueOn: '2026-11-15', payBy: '2026-12-31' }
    expect(read('repayment_plan', fields, { mode: ['lump_sum'] }).fields.installments).toBeUndefined()
    expect(read('repayment_plan', fields, { mode: ['installments'] }).fields.regularFen).toBe(100_000)
  })

  it('asks for an extended evidence deadline after the current one (证据规定第五十四条: an extension)', () => {
    expect(read('evidence_extension', { evidenceDue: '2026-10-08', requestedUntil: '2026-10-08' }).issues).toEqual([{ field: 'requestedUntil', code: 'until_not_after_due' }])
  })

  it('names the relief asked for and the period missed from the choices', () => {
    expect(read('fee_relief', {}, { mode: ['defer'] }).fields.modeName).toBe('缓交')
    expect(read('period_extension', {}, { period: ['evidence'] }).fields.periodName).toBe('举证')
  })

  it('leaves empty input out, so the document shows a blank to write in', () => {
    expect(read('jurisdiction_objection', { targetCourt: '   ', reasonText: '' }).fields).toEqual({})
  })
})
