// 每一页、每种状态在 375×667 上的可读性（issue 20）：最小字号、最低对比度、页面有几屏、结论在第几屏以内。
// 先运行 npm run build:h5。用法：npm run bench:a11y [-- --dist dist-h5] [-- --shots /work/shots/20a/after]
// 加 --shots 时每个状态一屏一张图：NN-name.png 是第一屏，NN-name-s2.png 起往下（最多 12 屏）。
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { openApp, SMALL_PHONE } from '../tests/e2e/browser.mjs'
import { walkEveryPage } from '../tests/e2e/a11yWalk.mjs'
import { measureText, SHOWN_PAGE } from '../tests/e2e/a11yAudit.mjs'

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist-h5' }, shots: { type: 'string' } } })
if (values.shots) mkdirSync(values.shots, { recursive: true })

const app = await openApp({ distDir: values.dist, viewport: SMALL_PHONE })
const rows = []
try {
  await walkEveryPage(app, async (name) => {
    const m = await measureText(app.page)
    rows.push({ name, ...m })
    if (values.shots) {
      const file = `${String(rows.length).padStart(2, '0')}-${name}`
      for (let screen = 0; screen < Math.min(Math.ceil(m.screens - 0.05), 12); screen++) {
        await app.page.evaluate(`(${SHOWN_PAGE}).scrollTop = ${screen * SMALL_PHONE.height}`)
        await app.page.waitForTimeout(100)
        await app.page.screenshot({ path: join(values.shots, `${file}${screen ? `-s${screen + 1}` : ''}.png`) })
      }
      await app.page.evaluate(`(${SHOWN_PAGE}).scrollTop = 0`)
    }
  })
} finally {
  await app.close()
}

const cell = (s, n) => String(s).padEnd(n)
console.log(`| ${cell('page (state)', 28)} | smallest text | lowest contrast | screens | screens to conclusion |`)
console.log(`| ${'-'.repeat(28)} | ---: | ---: | ---: | ---: |`)
for (const r of rows) {
  const conclusion = r.conclusionScreens === null ? '—' : r.conclusionScreens.toFixed(1)
  console.log(`| ${cell(r.name, 28)} | ${r.smallestPx.toFixed(1)} px | ${r.lowestContrast.toFixed(2)}:1 | ${r.screens.toFixed(1)} | ${conclusion} |`)
}
const failing = rows.filter((r) => r.failures.length > 0)
if (failing.length) {
  console.log(`\n${failing.length} of ${rows.length} states have text below 14 px or below its contrast minimum, e.g.:`)
  for (const r of failing) console.log(`  ${r.name}: ${r.failures.length} — ${r.failures[0]}`)
}
if (app.errors.length) console.log('\npage errors:', app.errors)
