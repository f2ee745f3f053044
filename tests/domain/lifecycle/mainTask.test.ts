import { computeDeadlines } from '../../../src/domain/deadlines'
import { displayOrder, mainDeadline } from '../../../src/domain/lifecycle/mainTask'
import type { LifecycleDeadline } from '../../../src/domain/lifecycle/lifecycleFacts'

const kinds = (ds: readonly LifecycleDeadline[]) => ds.map((d) => d.kind)

describe('the answer, not the optional objection, is the main task (第一百二十八条, 第一百三十条)', () => {
  // Served 2026-09-16: both end 10月8日 after the National Day roll-over; the engine lists the objection first.
  const served = computeDeadlines({ procedure: 'ordinary', servedOn: '2026-09-16' })

  test('the engine sorts the objection first on the shared last day, so the order is really changed here', () => {
    expect(kinds(served)).toEqual(['jurisdiction_objection', 'answer'])
  })

  test('the main deadline is the answer when both end the same day', () => {
    expect(mainDeadline(served)?.kind).toBe('answer')
  })

  test('the case page shows the answer card before the objection card, and does not mutate its input', () => {
    expect(kinds(displayOrder(served))).toEqual(['answer', 'jurisdiction_objection'])
    expect(kinds(served)).toEqual(['jurisdiction_objection', 'answer'])
  })

  test('an earlier deadline still comes first: an evidence period ending 9月30日', () => {
    const ds: LifecycleDeadline[] = [{ kind: 'evidence', due: '2026-09-30' }, { kind: 'jurisdiction_objection', due: '2026-10-08' }, { kind: 'answer', due: '2026-10-08' }]
    expect(mainDeadline(ds)?.kind).toBe('evidence')
    expect(kinds(displayOrder(ds))).toEqual(['evidence', 'answer', 'jurisdiction_objection'])
  })

  test('an objection with no open answer beside it stays where it is (nothing else to do first)', () => {
    const ds: LifecycleDeadline[] = [{ kind: 'jurisdiction_objection', due: '2026-10-08' }, { kind: 'hearing', due: '2026-11-03' }]
    expect(mainDeadline(ds)?.kind).toBe('jurisdiction_objection')
    expect(kinds(displayOrder(ds))).toEqual(['jurisdiction_objection', 'hearing'])
  })

  test('no open deadline: nothing to headline', () => {
    expect(mainDeadline([])).toBeUndefined()
  })
})
