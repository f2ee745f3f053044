/**
 * 首页和详情页的实际负担：从存储读出 200 个案件（zod 逐条校验）并算出每个案件的时间线。
 * 用内存存储代替 Taro 存储（真机上再加一次 JSON 解析）。运行：npx tsx bench/timeline.ts
 */
import { performance } from 'node:perf_hooks'
import { createMemoryStore } from '../src/storage/memoryStore'
import { loadCases, saveCase } from '../src/storage/caseStore'
import type { CaseRecord } from '../src/storage/caseRecord'
import { buildTimeline } from '../src/services/timeline'
import { listCases } from '../src/services/cases'
import { addDays } from '../src/domain/calendar/plainDate'

const CASES = 200
const ROUNDS = 100
const WARMUP = 10
const NOW_MS = Date.UTC(2026, 10, 25, 2, 0) // 2026-11-25 10:00 北京时间
const TODAY = '2026-11-25'

/** 200 个不同的案件：送达日散布在 2026-01 到 2027-03（后者的期限是暂定的），程序轮换，部分有开庭/举证/判决。 */
function makeCase(i: number): CaseRecord {
  const servedOn = addDays('2026-01-05', (i * 2) % 440)
  const procedure = (['ordinary', 'simple', 'small_claims', 'payment_order', 'unsure'] as const)[i % 5]
  const facts: CaseRecord['facts'] = { servedOn, serviceMethod: i % 2 ? 'mail' : 'electronic' }
  if (i % 3 === 0) facts.hearingAt = `${addDays(servedOn, 30)}T09:30`
  if (i % 4 === 0) facts.evidenceDays = 15
  if (i % 7 === 0) facts.judgmentServedOn = addDays(servedOn, 60)
  return {
    id: `bench-${i}`, createdAt: NOW_MS, updatedAt: NOW_MS,
    documents: procedure === 'payment_order' ? ['payment_order'] : ['complaint', 'summons'],
    procedure, facts, court: '杭州互联网法院', caseNumber: `（2026）浙0192民初${i + 1}号`,
    lender: { key: 'alipay', name: '重庆蚂蚁消费金融有限公司' }, claim: { principal: 1_000_000 + i }
  }
}

function time(label: string, run: () => unknown): number[] {
  for (let r = 0; r < WARMUP; r++) run() // 先让 JIT 编译热路径，只量稳定后的耗时
  const samples: number[] = []
  for (let r = 0; r < ROUNDS; r++) {
    const start = performance.now()
    run()
    samples.push(performance.now() - start)
  }
  samples.sort((a, b) => a - b)
  const median = samples[Math.floor(samples.length / 2)]
  const p95 = samples[Math.floor(samples.length * 0.95)]
  console.log(`${label.padEnd(44)} median ${median.toFixed(2)} ms   p95 ${p95.toFixed(2)} ms   (${ROUNDS} rounds after ${WARMUP} warm-up)`)
  return samples
}

const store = createMemoryStore()
for (let i = 0; i < CASES; i++) saveCase(store, makeCase(i), NOW_MS)
const { cases } = loadCases(store, NOW_MS)
if (cases.length !== CASES) throw new Error(`expected ${CASES} cases, loaded ${cases.length}`)
const deadlines = cases.reduce((n, c) => n + buildTimeline(c, TODAY).deadlines.length, 0)
console.log(`${CASES} cases, ${deadlines} deadlines in total; stored envelope ${JSON.stringify(store.get('yingsu:cases:v2')).length} bytes of JSON`)

time(`load ${CASES} cases (JSON + zod + date checks)`, () => loadCases(store, NOW_MS))
time(`compute ${CASES} timelines (already loaded)`, () => cases.forEach((c) => buildTimeline(c, TODAY)))
time(`home list: load + ${CASES} timelines + sort`, () => listCases(store, NOW_MS, TODAY))
