/**
 * Which documents a case offers and in what order. The answer is the main task: it comes before the
 * jurisdiction objection, which is optional (both can be filed together within the answer period, and the
 * objection is still reviewed: 民诉法解释第二百二十三条第一款); after the answer period the objection is closed
 * (民事诉讼法第一百三十条第一款). A late payment-order objection counts as none (解释第四百三十一条).
 */
import { computeDeadlines, parseCaseFacts, type Deadline } from '../../../src/domain/deadlines'
import { docsForDeadline, mainTask, offerDocuments } from '../../../src/domain/documents/catalogue'

function deadlinesOf(raw: Record<string, unknown>, today: string): Deadline[] {
  const parsed = parseCaseFacts(raw)
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues))
  return computeDeadlines(parsed.value, { today })
}

describe('offerDocuments', () => {
  const served0916 = { procedure: 'ordinary', servedOn: '2026-09-16', serviceMethod: 'mail' }

  it('offers the answer first, then the optional jurisdiction objection, while the answer period runs (served 2026-09-16, today 09-20)', () => {
    const offers = offerDocuments({ procedure: 'ordinary', deadlines: deadlinesOf(served0916, '2026-09-20') })
    expect(offers.slice(0, 2).map((o) => [o.kind, o.deadline?.due, o.status])).toEqual([
      ['answer', '2026-10-08', 'open'], ['jurisdiction_objection', '2026-10-08', 'open']])
    expect(mainTask(offers)).toBe('answer')
    expect(offers.map((o) => o.kind)).not.toContain('payment_order_objection')
    expect(offers.map((o) => o.kind)).not.toContain('small_claims_objection')
  })

  it('closes the jurisdiction objection once the answer period is over, and keeps a late answer available', () => {
    const offers = offerDocuments({ procedure: 'ordinary', deadlines: deadlinesOf({ ...served0916, hearingAt: '2026-11-20T09:00' }, '2026-10-09') })
    const byKind = Object.fromEntries(offers.map((o) => [o.kind, o.status]))
    expect(byKind.jurisdiction_objection).toBe('closed')
    expect(byKind.answer).toBe('late')
    expect(offers[offers.length - 1].kind).toBe('jurisdiction_objection')
    // A missed deadline puts the 顺延 application before the documents without a deadline.
    const open = offers.filter((o) => o.status === 'open').map((o) => o.kind)
    expect(open.indexOf('period_extension')).toBeLessThan(open.indexOf('installment_letter'))
  })

  it('offers the small-claims objection only in small claims, with the hearing as its deadline', () => {
    const offers = offerDocuments({ procedure: 'small_claims', deadlines: deadlinesOf({ procedure: 'small_claims', servedOn: '2026-09-16', serviceMethod: 'mail', hearingAt: '2026-10-20T09:00' }, '2026-09-20') })
    expect(offers.find((o) => o.kind === 'small_claims_objection')?.deadline?.kind).toBe('hearing')
  })

  it('offers the payment-order objection and the letters for a payment order, nothing about an answer', () => {
    const offers = offerDocuments({ procedure: 'payment_order', deadlines: deadlinesOf({ procedure: 'payment_order', servedOn: '2026-09-16', serviceMethod: 'mail' }, '2026-09-20') })
    expect(offers.map((o) => o.kind)).toEqual(['payment_order_objection', 'installment_letter', 'penalty_waiver_letter', 'period_extension',
      'collection_record', 'collection_letter', 'collection_complaint'])
  })

  it('offers the answer and the objection without a deadline when no service date is known yet', () => {
    const offers = offerDocuments({ procedure: 'unsure', deadlines: [] })
    expect(offers.slice(0, 2).map((o) => [o.kind, o.deadline, o.status])).toEqual([['answer', null, 'open'], ['jurisdiction_objection', null, 'open']])
  })

  it('makes the payment-order objection the main task of a payment order, and the answer that of a late case', () => {
    const order = offerDocuments({ procedure: 'payment_order', deadlines: deadlinesOf({ procedure: 'payment_order', servedOn: '2026-09-16', serviceMethod: 'mail' }, '2026-09-20') })
    expect(mainTask(order)).toBe('payment_order_objection')
    const late = offerDocuments({ procedure: 'ordinary', deadlines: deadlinesOf({ ...served0916, hearingAt: '2026-11-20T09:00' }, '2026-10-09') })
    expect(mainTask(late)).toBe('answer')
  })

  it('never makes the optional jurisdiction objection the main task, whatever is offered', () => {
    const objectionOnly = [{ kind: 'jurisdiction_objection' as const, deadline: null, status: 'open' as const }]
    expect(mainTask(objectionOnly)).toBeNull()
  })
})

describe('docsForDeadline', () => {
  it('links the answer card to the answer, and the objection card to the objection', () => {
    const deadlines = deadlinesOf({ procedure: 'ordinary', servedOn: '2026-09-16', serviceMethod: 'mail' }, '2026-09-20')
    const card = (kind: string) => docsForDeadline(deadlines.find((d) => d.kind === kind) as Deadline, 'ordinary')
    expect(card('answer')).toEqual(['answer'])
    expect(card('jurisdiction_objection')).toEqual(['jurisdiction_objection'])
  })

  it('offers 顺延 on a missed answer card and nothing on a closed objection card', () => {
    const deadlines = deadlinesOf({ procedure: 'ordinary', servedOn: '2026-09-16', serviceMethod: 'mail' }, '2026-10-20')
    const card = (kind: string) => docsForDeadline(deadlines.find((d) => d.kind === kind) as Deadline, 'ordinary')
    expect(card('answer')).toEqual(['answer', 'period_extension'])
    expect(card('jurisdiction_objection')).toEqual([])
  })
})
