import fc from 'fast-check'
import { caseFactsIssueCodes, computeDeadlines, instances, parseCaseFacts, procedures, serviceMethods } from '../../src/domain/deadlines'
import { defaultHolidayCalendar } from '../../src/domain/calendar/holidayCalendar'
import { addDays, addMonths, daysBetween, formatDayNumber, toDayNumber } from '../../src/domain/calendar/plainDate'

const calendar = defaultHolidayCalendar()
const RUNS = { numRuns: 2_000 }

/** Real dates from 2021 to 2031: computed years on both sides of the published 2023–2026. */
const plainDate = fc.integer({ min: toDayNumber('2021-01-01'), max: toDayNumber('2031-12-31') }).map(formatDayNumber)
const time = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `T${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`)

/** Facts that parseCaseFacts accepts (hearing after service is arranged below). */
const validFacts = fc.record({
  procedure: fc.constantFrom(...procedures),
  servedOn: plainDate,
  serviceMethod: fc.constantFrom(...serviceMethods),
  publicNoticeOn: plainDate,
  answerDays: fc.integer({ min: 1, max: 30 }),
  evidenceDays: fc.integer({ min: 1, max: 90 }),
  evidenceOffset: fc.integer({ min: 0, max: 60 }),
  hearingOffset: fc.integer({ min: 0, max: 120 }),
  hearingTime: time,
  judgmentServedOn: plainDate,
  rulingServedOn: plainDate,
  mediationStartedOn: plainDate,
  instance: fc.constantFrom(...instances),
  foreignParty: fc.boolean(),
  appealServedOn: plainDate,
  performanceDays: fc.integer({ min: 1, max: 365 }),
}, { requiredKeys: ['procedure', 'hearingTime'] }).map(({ evidenceOffset, hearingOffset, hearingTime, ...facts }) => {
  const out: Record<string, unknown> = { ...facts }
  // Ordinary procedure: 15 days are statutory (第一百二十八条), 30 for a party abroad (第二百八十五条).
  const answerLimit = facts.foreignParty ? 30 : 15
  if (facts.procedure === 'ordinary' && facts.answerDays !== undefined && facts.answerDays > answerLimit) out.answerDays = answerLimit
  if (facts.servedOn && evidenceOffset !== undefined) out.evidenceDeadline = addDays(facts.servedOn, evidenceOffset)
  if (facts.servedOn && hearingOffset !== undefined) out.hearingAt = addDays(facts.servedOn, hearingOffset) + hearingTime
  return out
})

function parsed(input: unknown) {
  const result = parseCaseFacts(input)
  if (!result.ok) throw new Error(`generator produced rejected facts: ${JSON.stringify(result.issues)}`)
  return result.value
}

describe('deadline properties', () => {
  it('never gives a legal last day before the safe day', () => {
    fc.assert(fc.property(validFacts, (input) => {
      for (const d of computeDeadlines(parsed(input))) expect(d.due >= d.safeDue).toBe(true)
    }), RUNS)
  })

  it('never lands the legal last day on a rest day, and every day it skipped was a rest day', () => {
    fc.assert(fc.property(validFacts, (input) => {
      for (const d of computeDeadlines(parsed(input))) {
        // Not period ends: the hearing, and the objection due before it (解释第二百七十九条).
        if (d.kind === 'hearing' || d.kind === 'small_claims_objection') continue
        const info = calendar.dayInfo(d.due)
        if (!d.provisional) expect(info.provisional).toBe(false)
        expect(info.kind).not.toBe('rest_day')
        for (let day = d.safeDue; day < d.due; day = addDays(day, 1)) expect(calendar.dayInfo(day).kind).toBe('rest_day')
      }
    }), RUNS)
  })

  it('puts exactly the period between the start and the safe day', () => {
    fc.assert(fc.property(validFacts, (input) => {
      for (const d of computeDeadlines(parsed(input))) {
        if (!d.period || !d.startsFrom) continue
        if (d.period.unit === 'day') expect(daysBetween(d.startsFrom, d.safeDue)).toBe(d.period.amount)
        else expect(addMonths(d.startsFrom, d.period.amount)).toBe(d.safeDue)
      }
    }), RUNS)
  })

  it('marks a deadline provisional exactly when a day it looked at, or the appeal it follows, lies in an unpublished year or in the late December before one', () => {
    const published = (year: number): boolean => calendar.publishedYears.includes(year)
    const beforeUnpublished = (day: string): boolean => day.slice(5) >= '12-28' && published(Number(day.slice(0, 4))) && !published(Number(day.slice(0, 4)) + 1)
    fc.assert(fc.property(validFacts, (input) => {
      const deadlines = computeDeadlines(parsed(input))
      const appeal = deadlines.find((d) => d.kind === 'appeal_judgment')
      for (const d of deadlines) {
        if (d.kind === 'hearing' || d.kind === 'small_claims_objection') {
          expect(d.provisional).toBe(false)
          continue
        }
        const follows = d.kind === 'retrial' || d.kind === 'performance'
        let touchesUnpublished = follows && appeal !== undefined && appeal.provisional
        for (let day = d.safeDue; day <= d.due; day = addDays(day, 1)) touchesUnpublished ||= calendar.dayInfo(day).provisional || beforeUnpublished(day)
        expect(d.provisional).toBe(touchesUnpublished)
      }
    }), RUNS)
  })

  it('gives no appeal deadline for a second-instance or small-claims judgment (第一百八十二条, 第一百六十五条)', () => {
    fc.assert(fc.property(validFacts, (input) => {
      const facts = parsed(input)
      const kinds = computeDeadlines(facts).map((d) => d.kind)
      if (facts.instance === 'second' || facts.procedure === 'small_claims') {
        expect(kinds).not.toContain('appeal_judgment')
        expect(kinds).not.toContain('appeal_ruling')
      }
    }), RUNS)
  })

  it('never gives a party abroad an earlier deadline than a party at home (第二百八十三条, 第二百八十五条, 第二百八十六条)', () => {
    fc.assert(fc.property(validFacts, (input) => {
      const facts = parsed(input)
      const abroad = computeDeadlines({ ...facts, foreignParty: true })
      const home = computeDeadlines({ ...facts, foreignParty: false })
      for (const kind of ['answer', 'jurisdiction_objection', 'appeal_judgment', 'appeal_ruling', 'appeal_answer'] as const) {
        const a = abroad.find((d) => d.kind === kind)
        const h = home.find((d) => d.kind === kind)
        expect(a === undefined).toBe(h === undefined)
        // A court-set answerDays applies to both; otherwise the periods are 30 against 15 (or 10).
        if (a && h) expect(a.due >= h.due).toBe(true)
      }
    }), RUNS)
  })

  it('returns deadlines sorted by due date', () => {
    fc.assert(fc.property(validFacts, (input) => {
      const dues = computeDeadlines(parsed(input)).map((d) => d.due)
      expect(dues).toEqual([...dues].sort())
    }), RUNS)
  })

  it('never throws on anything parseCaseFacts accepts, even from arbitrary input', () => {
    const loose = fc.record({
      procedure: fc.oneof(fc.constantFrom(...procedures), fc.string()),
      servedOn: fc.oneof(plainDate, fc.string(), fc.constant(null)),
      publicNoticeOn: fc.oneof(plainDate, fc.constant('')),
      answerDays: fc.oneof(fc.integer({ min: -5, max: 40 }), fc.double()),
      evidenceDays: fc.integer({ min: -5, max: 120 }),
      evidenceDeadline: plainDate,
      hearingAt: fc.oneof(fc.tuple(plainDate, time).map(([d, t]) => d + t), fc.string()),
      judgmentServedOn: plainDate,
      rulingServedOn: plainDate,
      mediationStartedOn: plainDate,
      serviceMethod: fc.oneof(fc.constantFrom(...serviceMethods), fc.string()),
      instance: fc.oneof(fc.constantFrom(...instances), fc.string()),
      foreignParty: fc.oneof(fc.boolean(), fc.string()),
      appealServedOn: fc.oneof(plainDate, fc.string()),
      performanceDays: fc.oneof(fc.integer({ min: -5, max: 400 }), fc.double()),
    }, { requiredKeys: [] })
    fc.assert(fc.property(fc.oneof(loose, fc.anything()), (input) => {
      const result = parseCaseFacts(input)
      if (result.ok) expect(() => computeDeadlines(result.value, { today: '2026-11-25' })).not.toThrow()
    }), { numRuns: 5_000 })
  })

  it('rejects, naming a field and a known code, every input it does not accept', () => {
    const fields = ['', 'procedure', 'servedOn', 'serviceMethod', 'publicNoticeOn', 'answerDays', 'evidenceDays', 'evidenceDeadline', 'hearingAt', 'judgmentServedOn', 'rulingServedOn', 'mediationStartedOn', 'instance', 'foreignParty', 'appealServedOn', 'performanceDays']
    fc.assert(fc.property(fc.anything(), (input) => {
      expect(() => parseCaseFacts(input)).not.toThrow()
      const result = parseCaseFacts(input)
      if (result.ok) return
      expect(result.issues.length).toBeGreaterThan(0)
      for (const issue of result.issues) {
        expect(fields).toContain(issue.field)
        expect(caseFactsIssueCodes).toContain(issue.code)
      }
    }), { numRuns: 5_000 })
  })

  it('rejects each single defect planted in otherwise valid facts, on the planted field', () => {
    const defect = fc.constantFrom(
      ['servedOn', '2026-02-30'], ['servedOn', '16/09/2026'], ['publicNoticeOn', 42], ['answerDays', 0], ['answerDays', 31],
      ['answerDays', 2.5], ['evidenceDays', -1], ['procedure', 'appeal'], ['serviceMethod', 'fax'], ['hearingAt', '2026-09-16 09:00'],
      ['judgmentServedOn', '2026-13-01'], ['mediationStartedOn', true], ['rulingServedOn', '2026-04-31'],
      ['instance', 'third'], ['foreignParty', 'yes'], ['appealServedOn', '2026-02-30'], ['performanceDays', 0], ['performanceDays', 366],
    )
    fc.assert(fc.property(validFacts, defect, (facts, [field, bad]) => {
      const result = parseCaseFacts({ ...facts, [field]: bad })
      expect(result.ok).toBe(false)
      if (!result.ok) expect(result.issues.map((i) => i.field)).toContain(field)
    }), RUNS)
  })

  it('rejects a hearing planted before service on the hearingAt field', () => {
    fc.assert(fc.property(plainDate, fc.integer({ min: 1, max: 400 }), time, (served, before, t) => {
      const result = parseCaseFacts({ procedure: 'ordinary', servedOn: served, hearingAt: addDays(served, -before) + t })
      expect(result).toEqual({ ok: false, issues: [{ field: 'hearingAt', code: 'hearing_before_service' }] })
    }), RUNS)
  })
})
