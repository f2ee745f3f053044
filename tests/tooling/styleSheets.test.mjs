// Issue 20 in the style sheets themselves, so states the browser walk never opens (folded details, error rows, the
// WeChat build) are held to it too: colours only from the palette in src/app.css, no text under 28 design px
// (14 px on a 375-wide screen; designWidth 750 in config/index.ts).
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'

const MIN_DESIGN_PX = 28

function styleSheets(dir = 'src') {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name)
    if (e.isDirectory()) return styleSheets(path)
    return e.name.endsWith('.css') ? [path] : []
  })
}

/** The rules of a sheet without comments and without the palette's own definitions (`--c-…: #hex`). */
function rules(path) {
  return readFileSync(path, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/--c-[\w-]+:\s*#[0-9a-f]{3,8}\s*;?/gi, '')
}

/** Hex colours and font sizes under the minimum, as `file: text` lines. */
export function offences(path, css = rules(path)) {
  const hex = [...css.matchAll(/#[0-9a-f]{3,8}\b/gi)].map((m) => `${path}: colour ${m[0]} (use a var(--c-…) from src/app.css)`)
  const small = [...css.matchAll(/font-size:\s*(\d+(?:\.\d+)?)px/g)]
    .filter((m) => Number(m[1]) < MIN_DESIGN_PX).map((m) => `${path}: font-size ${m[1]}px (at least ${MIN_DESIGN_PX}px)`)
  return [...hex, ...small]
}

test('the check finds a hex colour and a 26px text, and lets palette variables and 28px through', () => {
  assert.equal(offences('probe.css', '.a { color: #808080; font-size: 26px; }').length, 2)
  assert.deepEqual(offences('probe.css', '.a { color: var(--c-hint); font-size: 28px; border: 1px solid var(--c-border); }'), [])
})

test('every style sheet under src/ takes its colours from the palette and has no text under 28 design px', () => {
  const sheets = styleSheets()
  assert.ok(sheets.includes(join('src', 'app.css')))
  assert.deepEqual(sheets.flatMap((path) => offences(path)), [])
})
