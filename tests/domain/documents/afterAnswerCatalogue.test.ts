/**
 * Which after-answer documents a case offers, and when they close (issue 21). Goldens from the law:
 * - no appeal after a small-claims judgment (民事诉讼法第一百六十五条: 一审终审) or a 二审 judgment (第一百八十二条);
 *   a 民初 judgment can be appealed within 15 days (第一百七十一条), with the fee on the amount appealed
 *   (诉讼费用交纳办法第十七条), and not after (解释第三百一十八条);
 * - 书证提出命令 and 调查取证 only before the evidence period ends (解释第一百一十二条; 证据规定第二十条);
 * - 延期开庭, 在线庭审, 质证意见 before the hearing;
 * - enforcement documents once the judgment is in force and its performance period has passed (第二百四十七条、第二百五十条).
 */
import { computeDeadlines, parseCaseFacts, type Deadline } from '../../../src/domain/deadlines'
import { docsForDeadline, mainTask, offerDocuments, type DocOffer } from '../../../src/domain/documents/catalogue'

function deadlinesOf(raw: Record<string, unknown>, today: string): Deadline[] {
  const parsed = parseCaseFacts(raw)
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues))
  return computeDeadlines(parsed.value, { today })
}
const offersOf = (raw: Record<string, unknown>, today: string, claimFen?: number): DocOffer[] =>
  offerDocuments({ procedure: raw.procedure as 'ordinary', deadlines: deadlinesOf(raw, today), claimFen })
const statusOf = (offers: DocOffer[]) => Object.fromEntries(offers.map((o) => [o.kind, o.status]))

const ENFORCEMENT = ['late_enforcement_objection', 'enforcement_objection', 'lift_consumption_restriction']
const BEFORE_JUDGMENT = ['document_production', 'evidence_collection', 'online_hearing', 'hearing_postponement', 'evidence_opinion']

describe('the appeal in the catalogue', () => {
  const judged = { procedure: 'ordinary', servedOn: '2026-09-16', judgmentServedOn: '2026-12-01' }

  it('offers a 民初 judgment\'s appeal with its 15-day deadline and the fee on 20,000 yuan appealed (300 yuan, not halved)', () => {
    const appeal = offersOf({ ...judged, procedure: 'simple' }, '2026-12-06', 2_000_000).find((o) => o.kind === 'appeal')
    expect(appeal?.status).toBe('open')
    expect(appeal?.deadline?.kind).toBe('appeal_judgment')
    expect(appeal?.deadline?.due).toBe('2026-12-16')
    expect(appeal?.fee?.feeFen).toBe(30_000)
  })

  it('puts the fee-relief application right after the appeal it goes with', () => {
    const kinds = offersOf(judged, '2026-12-06').map((o) => o.kind)
    expect(kinds.indexOf('fee_relief')).toBe(kinds.indexOf('appeal') + 1)
  })

  it('offers no appeal after a small-claims judgment, even inside 15 days of service', () => {
    const kinds = offersOf({ ...judged, procedure: 'small_claims' }, '2026-12-06', 2_000_000).map((o) => o.kind)
    expect(kinds).not.toContain('appeal')
    expect(kinds).not.toContain('fee_relief')
  })

  it('offers no appeal after a 民终 (second-instance) judgment', () => {
    expect(offersOf({ ...judged, instance: 'second' }, '2026-12-06').map((o) => o.kind)).not.toContain('appeal')
  })

  it('closes the appeal once its period has ended, and has no fee without an amount', () => {
    const appeal = offersOf(judged, '2026-12-17').find((o) => o.kind === 'appeal')
    expect(appeal?.status).toBe('closed')
    expect(appeal?.fee).toBeUndefined()
  })

  it('links the appeal card of the timeline to the appeal and the fee relief', () => {
    const deadline = deadlinesOf(judged, '2026-12-06').find((d) => d.kind === 'appeal_judgment') as Deadline
    expect(docsForDeadline(deadline, 'ordinary')).toEqual(['appeal', 'fee_relief'])
  })
})

describe('before the judgment: evidence applications and the hearing', () => {
  const pending = { procedure: 'ordinary', servedOn: '2026-09-16', serviceMethod: 'mail', evidenceDeadline: '2026-10-20', hearingAt: '2026-11-20T09:30' }

  it('offers the production order and the collection request until the evidence period ends, after the extension', () => {
    const offers = offersOf(pending, '2026-09-20')
    const kinds = offers.map((o) => o.kind)
    for (const kind of ['document_production', 'evidence_collection']) {
      expect(offers.find((o) => o.kind === kind)).toMatchObject({ status: 'open', deadline: { kind: 'evidence', due: '2026-10-20' } })
    }
    expect(kinds.indexOf('evidence_extension')).toBeLessThan(kinds.indexOf('document_production'))
    expect(kinds.indexOf('document_production')).toBeLessThan(kinds.indexOf('online_hearing'))
  })

  it('offers the online-hearing opinion, the postponement and the 质证意见 with the hearing as their deadline', () => {
    const offers = offersOf(pending, '2026-10-21')
    for (const kind of ['online_hearing', 'hearing_postponement', 'evidence_opinion']) {
      expect(offers.find((o) => o.kind === kind)).toMatchObject({ status: 'open', deadline: { kind: 'hearing', due: '2026-11-20' } })
    }
  })

  it('closes the evidence applications the day after the evidence period ends', () => {
    const status = statusOf(offersOf(pending, '2026-10-21'))
    expect(status.document_production).toBe('closed')
    expect(status.evidence_collection).toBe('closed')
  })

  it('closes the hearing documents once the hearing has passed', () => {
    const status = statusOf(offersOf(pending, '2026-11-21'))
    for (const kind of ['online_hearing', 'hearing_postponement', 'evidence_opinion']) expect(status[kind]).toBe('closed')
  })

  it('closes the evidence applications after the hearing when no evidence period was entered', () => {
    const status = statusOf(offersOf({ procedure: 'ordinary', servedOn: '2026-09-16', hearingAt: '2026-11-20T09:30' }, '2026-11-21'))
    expect(status.document_production).toBe('closed')
  })

  it('offers none of them, and no enforcement document, before a judgment', () => {
    const kinds = offersOf(pending, '2026-09-20').map((o) => o.kind)
    expect(kinds).not.toContain('appeal')
    for (const kind of ENFORCEMENT) expect(kinds).not.toContain(kind)
  })

  it('drops them, and the answer stage\'s own documents, once a judgment has been served', () => {
    const offers = offersOf({ ...pending, judgmentServedOn: '2026-12-01' }, '2026-12-06')
    const kinds = offers.map((o) => o.kind)
    for (const kind of [...BEFORE_JUDGMENT, 'answer', 'jurisdiction_objection', 'evidence_extension', 'repayment_plan']) expect(kinds).not.toContain(kind)
    expect(kinds[0]).toBe('appeal')
    expect(mainTask(offers)).toBe('appeal')
  })
})

describe('enforcement documents', () => {
  it('come after a small-claims judgment (effective on service) once its 10-day performance period has passed, first among those without a deadline', () => {
    const facts = { procedure: 'small_claims', judgmentServedOn: '2026-06-04', performanceDays: 10 }
    expect(offersOf(facts, '2026-06-10').map((o) => o.kind)).not.toContain('enforcement_objection')
    const offers = offersOf(facts, '2026-07-01')
    for (const kind of ['enforcement_objection', 'lift_consumption_restriction']) expect(offers.find((o) => o.kind === kind)?.status).toBe('open')
    const kinds = offers.map((o) => o.kind)
    expect(kinds.indexOf('enforcement_objection')).toBeLessThan(kinds.indexOf('installment_letter'))
  })

  it('after a small-claims judgment, nothing is pressed on the user as the main task: never a letter that promises payment (民法典第一百九十二条第二款)', () => {
    const offers = offersOf({ procedure: 'small_claims', judgmentServedOn: '2026-06-04', performanceDays: 10 }, '2026-06-10')
    expect(offers.map((o) => o.kind)).toContain('installment_letter')
    expect(mainTask(offers)).toBeNull()
  })

  it('offer the time-bar objection only once the two years from the performance period may have run', () => {
    const facts = { procedure: 'small_claims', judgmentServedOn: '2024-05-20', performanceDays: 10 }
    // Effective 2024-05-20, performance period's last day 2024-05-30, two years end 2026-06-01 (05-30 is a Saturday).
    expect(offersOf(facts, '2026-06-01').map((o) => o.kind)).not.toContain('late_enforcement_objection')
    expect(offersOf(facts, '2026-06-02').find((o) => o.kind === 'late_enforcement_objection')?.status).toBe('open')
  })

  it('without the performance days, come from the day after the judgment takes effect, after the letters', () => {
    const facts = { procedure: 'small_claims', judgmentServedOn: '2026-09-16' }
    expect(offersOf(facts, '2026-09-16').map((o) => o.kind)).not.toContain('enforcement_objection')
    const kinds = offersOf(facts, '2026-09-20').map((o) => o.kind)
    expect(kinds.indexOf('enforcement_objection')).toBeGreaterThan(kinds.indexOf('installment_letter'))
    expect(kinds).not.toContain('late_enforcement_objection')
  })

  it('do not come while a 民初 judgment can still be appealed, and come after its appeal and performance periods', () => {
    const facts = { procedure: 'ordinary', judgmentServedOn: '2026-06-04', performanceDays: 10 }
    expect(offersOf(facts, '2026-06-10').map((o) => o.kind)).not.toContain('enforcement_objection')
    expect(offersOf(facts, '2026-07-20').map((o) => o.kind)).toContain('enforcement_objection')
  })

  it('do not come when the other side has appealed (the judgment is not in force)', () => {
    const kinds = offersOf({ procedure: 'ordinary', judgmentServedOn: '2026-06-04', appealServedOn: '2026-06-15' }, '2026-09-01').map((o) => o.kind)
    for (const kind of ENFORCEMENT) expect(kinds).not.toContain(kind)
  })
})
