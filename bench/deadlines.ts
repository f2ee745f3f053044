/**
 * computeDeadlines throughput: 100,000 generated cases (seeded, so runs are comparable), one core.
 * Run: npx tsx bench/deadlines.ts   Target (issue 3): ≥ 100,000 cases per second.
 */
import { computeDeadlines, type CaseFacts, procedures } from '../src/domain/deadlines'
import { defaultHolidayCalendar } from '../src/domain/calendar/holidayCalendar'
import { formatDayNumber, toDayNumber } from '../src/domain/calendar/plainDate'

const CASES = 100_000
const ROUNDS = 5

/** Small deterministic PRNG (mulberry32) so every run times the same cases. */
function mulberry32(seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}

function generateCases(count: number): CaseFacts[] {
  const random = mulberry32(20261125)
  const first = toDayNumber('2023-01-01')
  const span = toDayNumber('2027-12-31') - first
  const day = (): string => formatDayNumber(first + Math.floor(random() * span))
  const cases: CaseFacts[] = []
  for (let i = 0; i < count; i++) {
    const procedure = procedures[Math.floor(random() * procedures.length)]
    const servedOn = day()
    const facts: CaseFacts = { procedure, servedOn }
    if (random() < 0.2) facts.publicNoticeOn = day()
    if (random() < 0.3) facts.answerDays = 1 + Math.floor(random() * 30)
    if (random() < 0.5) facts.evidenceDays = 1 + Math.floor(random() * 30)
    if (random() < 0.5) facts.hearingAt = `${formatDayNumber(toDayNumber(servedOn) + Math.floor(random() * 60))}T09:30`
    if (random() < 0.4) facts.judgmentServedOn = day()
    if (random() < 0.2) facts.rulingServedOn = day()
    if (procedure === 'pre_litigation_mediation') facts.mediationStartedOn = servedOn
    // Issue 10 facts, so the figure includes the new rules.
    if (random() < 0.3) facts.instance = random() < 0.5 ? 'first' : 'second'
    if (random() < 0.1) facts.foreignParty = true
    if (random() < 0.2) facts.appealServedOn = day()
    if (random() < 0.3) facts.performanceDays = 1 + Math.floor(random() * 30)
    cases.push(facts)
  }
  return cases
}

const cases = generateCases(CASES)
const calendar = defaultHolidayCalendar()
let deadlines = 0
for (const facts of cases.slice(0, 5_000)) deadlines += computeDeadlines(facts, { calendar }).length // warm-up + lazy 2027 fallback

const rates: number[] = []
for (let round = 0; round < ROUNDS; round++) {
  deadlines = 0
  const start = performance.now()
  for (const facts of cases) deadlines += computeDeadlines(facts, { calendar, today: '2026-11-25' }).length
  rates.push(CASES / ((performance.now() - start) / 1000))
}
rates.sort((a, b) => a - b)
const median = rates[Math.floor(ROUNDS / 2)]
console.log(`computeDeadlines: ${CASES.toLocaleString('en')} cases × ${ROUNDS} rounds, ${deadlines.toLocaleString('en')} deadlines per round`)
console.log(`cases/second: median ${Math.round(median).toLocaleString('en')} (min ${Math.round(rates[0]).toLocaleString('en')}, max ${Math.round(rates[ROUNDS - 1]).toLocaleString('en')}); target ≥ 100,000`)
if (median < 100_000) process.exitCode = 1
