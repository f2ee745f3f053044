// 打印小程序构建在测试运行时（tests/weapp/harness.mjs）里“启动到首页渲染完”的时间，作为启动开销的粗略参照。
// Not phone time: Node's V8 on a shared server, no render layer. Useful to compare builds with each
// other (a heavier app.js or a chattier home page shows up here). Run after npm run build:weapp:
//   node --import tsx bench/weappBoot.mjs [runs]
import { performance } from 'node:perf_hooks'
import { bootWeapp } from '../tests/weapp/harness.mjs'
import { SEPT_20, createCaseFromHome } from '../tests/weapp/support/steps.mjs'

const runs = Number(process.argv[2] ?? 20)
const CASES = 10

const quantile = (xs, q) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]
const ms = (x) => `${x.toFixed(0).padStart(5)} ms`

async function bootOnce(storage) {
  const startedAt = performance.now()
  const app = await bootWeapp({ now: SEPT_20, storage: storage && new Map(storage) })
  await app.settle()
  const took = performance.now() - startedAt
  const home = app.setDataLog.filter((s) => s.route === 'pages/index/index')
  const result = { took, calls: home.length, bytes: home.reduce((sum, s) => sum + s.bytes, 0) }
  app.assertHealthy()
  await app.close()
  return result
}

async function series(label, storage) {
  const results = []
  for (let i = 0; i < runs; i++) results.push(await bootOnce(storage))
  const took = results.map((r) => r.took)
  const last = results.at(-1)
  console.log(`${label.padEnd(22)} median ${ms(quantile(took, 0.5))}  p95 ${ms(quantile(took, 0.95))}  (${runs} runs; home setData: ${last.calls} calls, ${(last.bytes / 1024).toFixed(1)} KB)`)
}

const cold = await bootOnce()
console.log('weapp boot → home rendered, in the mini-program harness (a rough proxy for start-up cost)')
console.log(`${'cold (first boot)'.padEnd(22)} ${ms(cold.took)}  (includes reading and instrumenting the build's JS once)`)
await series('warm, no cases', undefined)

const seeding = await bootWeapp({ now: SEPT_20 })
await seeding.settle()
for (let i = 0; i < CASES; i++) {
  await createCaseFromHome(seeding, { servedOn: `2026-09-${String(10 + (i % 9)).padStart(2, '0')}` })
  await seeding.back()
}
const storage = new Map(seeding.storage)
await seeding.close()
await series(`warm, ${CASES} cases`, storage)
