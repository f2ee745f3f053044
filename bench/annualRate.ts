/**
 * annualRate (XIRR) speed on loans a claim check sees: 12-, 36- and 360-payment schedules and
 * repayment histories with up to 120 irregular payments. Seeded, so runs are comparable; one core.
 * Run: npm run bench:annual-rate   (npx tsx bench/annualRate.ts)
 */
import { annualRate, type CashFlow } from '../src/domain/annualRate'
import { addDays, addMonths } from '../src/domain/calendar/plainDate'
import { checkClaim } from '../src/domain/claims/claimCheck'

function mulberry32(seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}

const random = mulberry32(20261201)

function schedule(months: number): CashFlow[] {
  const principal = 1_000_000 + Math.floor(random() * 50_000_000)
  const monthly = Math.round((principal * (1 + random() * 0.4)) / months)
  const flows: CashFlow[] = [{ on: '2024-03-15', fen: principal }]
  for (let i = 1; i <= months; i++) flows.push({ on: addMonths('2024-03-15', i), fen: -monthly })
  return flows
}

function history(payments: number): CashFlow[] {
  const principal = 1_000_000 + Math.floor(random() * 50_000_000)
  const flows: CashFlow[] = [{ on: '2023-01-10', fen: principal }]
  let day = 0
  for (let i = 0; i < payments; i++) {
    day += 1 + Math.floor(random() * 20)
    flows.push({ on: addDays('2023-01-10', day), fen: -Math.round((principal * (0.5 + random())) / payments) })
  }
  flows.push({ on: addDays('2023-01-10', day + 90), fen: -Math.round(principal * random()) })
  return flows
}

function time(label: string, inputs: CashFlow[][]): void {
  for (const flows of inputs.slice(0, 50)) annualRate(flows) // warm up
  const start = performance.now()
  let nulls = 0
  for (const flows of inputs) if (annualRate(flows) === null) nulls++
  const ms = performance.now() - start
  console.log(`${label.padEnd(34)} ${String(inputs.length).padStart(6)} loans  ${(ms / inputs.length * 1000).toFixed(1).padStart(8)} µs/loan  ${(inputs.length / (ms / 1000)).toFixed(0).padStart(8)} loans/s  (${nulls} without a rate)`)
}

time('12 monthly payments', Array.from({ length: 20_000 }, () => schedule(12)))
time('36 monthly payments', Array.from({ length: 10_000 }, () => schedule(36)))
time('360 monthly payments', Array.from({ length: 2_000 }, () => schedule(360)))
time('120 irregular repayments + claim', Array.from({ length: 5_000 }, () => history(120)))

const start = performance.now()
const RUNS = 5_000
for (let i = 0; i < RUNS; i++) {
  checkClaim({
    claimKind: 'financial_loan', procedure: 'simple', received: { on: '2025-01-10', fen: 950_000 }, contractAmountFen: 1_000_000,
    statedAnnualRate: 0.18, schedule: { count: 12, installmentFen: 95_000, firstDueOn: '2025-02-10' },
    repayments: [{ on: '2025-02-10', fen: 95_000 }, { on: '2025-03-10', fen: 95_000 }],
    claimed: { principal: 850_000, interest: 120_000, liquidatedDamages: 50_000, total: 1_020_000 }, claimedAsOf: '2026-01-10', overdueSince: '2025-04-10',
  })
}
console.log(`${'checkClaim, every check'.padEnd(34)} ${String(RUNS).padStart(6)} runs   ${((performance.now() - start) / RUNS * 1000).toFixed(1).padStart(8)} µs/run`)
