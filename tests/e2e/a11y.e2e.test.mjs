/**
 * Issue 20's bar, checked on every page and state of a11yWalk.mjs at 375×667: no serious or critical axe-core
 * violation (WeChat's own `aria-role` attribute excepted, see a11yAudit.mjs), and no text — scrolled out of view
 * included, where axe does not look — below 14 px on screen or below WCAG's contrast minimum for its size.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { openApp, SMALL_PHONE } from './browser.mjs'
import { walkEveryPage } from './a11yWalk.mjs'
import { axeViolations, measureText } from './a11yAudit.mjs'

/** Every route of src/app.config.ts: the main package's pages and each subpackage's root + page. */
function appRoutes() {
  const config = readFileSync('src/app.config.ts', 'utf8')
  const main = [...config.matchAll(/pages: \['([^\]]+)'\]/g)][0][1].split("', '")
  const sub = [...config.matchAll(/root: '([^']+)', pages: \[([^\]]+)\]/g)]
    .flatMap(([, root, pages]) => [...pages.matchAll(/'([^']+)'/g)].map(([, page]) => `${root}/${page}`))
  return [...main, ...sub]
}

test('every page and state reached at 375×667 has no serious axe violation, no text under 14 px and every text at its contrast minimum', async () => {
  const app = await openApp({ viewport: SMALL_PHONE })
  const found = []
  const visited = new Set()
  try {
    await walkEveryPage(app, async (name) => {
      if (visited.size === 0) {
        // Zoom stays allowed in the browser build (WCAG 1.4.4): no user-scalable=no, no maximum-scale.
        const viewport = await app.page.locator('meta[name="viewport"]').getAttribute('content')
        assert.doesNotMatch(viewport ?? '', /user-scalable\s*=\s*(no|0)|maximum-scale/)
      }
      visited.add(new URL(app.page.url()).hash.replace(/^#\//, '').split('?')[0])
      const axe = await axeViolations(app.page)
      const text = await measureText(app.page)
      assert.ok(text.texts > 0, `${name}: the page shows some text (did it render?)`)
      for (const v of axe) found.push(`${name}: ${v.line}`)
      for (const line of text.failures) found.push(`${name}: ${line}`)
    })
    assert.deepEqual(app.errors, [])
  } finally {
    await app.close()
  }
  assert.deepEqual(appRoutes().filter((route) => !visited.has(route)), [], 'every route of app.config.ts was checked')
  assert.deepEqual(found, [], `${found.length} problems:\n${found.join('\n')}`)
})
