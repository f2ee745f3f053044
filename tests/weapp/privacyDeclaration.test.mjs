/**
 * The privacy declaration (src/privacy/declaration.ts) against the build: every privacy API the
 * built code calls is declared (WeChat disables the others), each declared type is really used once
 * the subpackage that needs it exists, no privacy component sneaks in, and the 关于 page lists
 * exactly the declared types with a way to the full guide.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { bootWeapp } from './harness.mjs'
import { privacyDeclarations, wechatPrivacyApis } from '../../src/privacy/declaration.ts'
import { privacyText } from '../../src/i18n/privacy.ts'

const DIST = 'dist'
/** Components WeChat counts as privacy use (camera, microphone); none is declared. */
const PRIVACY_COMPONENTS = ['camera', 'live-pusher', 'voip-room']

function jsFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? jsFiles(path) : name.endsWith('.js') ? [path] : []
  })
}

/** Privacy APIs the build calls, as `x.api(` or `x["api"](`, with the files that call them. */
function privacyCallsInBuild() {
  const found = new Map()
  for (const file of jsFiles(DIST)) {
    const code = readFileSync(file, 'utf8')
    for (const api of wechatPrivacyApis) {
      if (new RegExp(`(?:\\.\\s*${api}|\\[\\s*["']${api}["']\\s*\\])\\s*\\(`).test(code)) {
        found.set(api, [...(found.get(api) ?? []), relative(DIST, file)])
      }
    }
  }
  return found
}

const appJson = JSON.parse(readFileSync(join(DIST, 'app.json'), 'utf8'))
const subpackages = new Set((appJson.subPackages ?? []).map((p) => p.root))
const declaredApis = new Set(privacyDeclarations.flatMap((d) => d.apis))

test('every privacy API the built code calls is declared', () => {
  const undeclared = [...privacyCallsInBuild()].filter(([api]) => !declaredApis.has(api))
  assert.deepEqual(undeclared, [], 'declare these in src/privacy/declaration.ts and in the MP console (README)')
})

test('every declared type is called by the build once the subpackage that uses it exists', (t) => {
  const calls = privacyCallsInBuild()
  for (const d of privacyDeclarations) {
    const used = d.apis.some((api) => calls.has(api))
    if (!subpackages.has(d.usedIn)) {
      t.diagnostic(`${d.type}: declared ahead of subpackage ${d.usedIn}/ (${used ? 'already called' : 'not called yet'})`)
      continue
    }
    assert.ok(used, `${d.type} is declared for ${d.usedIn}/ but nothing calls ${d.apis.join(' or ')}: drop it from the declaration and the console`)
  }
})

test('the build uses no privacy component (camera, live-pusher, voip-room)', () => {
  const wxml = readFileSync(join(DIST, 'base.wxml'), 'utf8')
  assert.deepEqual(PRIVACY_COMPONENTS.filter((c) => wxml.includes(`<${c}`)), [])
})

test('the 关于 page lists exactly the declared data types and opens the full guide in WeChat', async () => {
  const app = await bootWeapp({ launch: { path: 'info/pages/about/index' } })
  try {
    await app.settle()
    const text = app.text()
    for (const d of privacyDeclarations) assert.ok(text.includes(privacyText.types[d.type].name), `${d.type} is missing on the 关于 page`)
    const listed = Object.values(privacyText.types).filter((x) => text.includes(x.name))
    assert.equal(listed.length, privacyDeclarations.length)
    await app.press(privacyText.about.readGuide('《应诉助手小程序隐私保护指引》'))
    assert.equal(app.privacy.contractOpened, 1)
    app.assertHealthy()
  } finally {
    await app.close()
  }
})

test('the README\'s console checklist names every declared item, so the operator ticks what the code calls', () => {
  const readme = readFileSync('README.md', 'utf8')
  for (const d of privacyDeclarations) assert.ok(readme.includes(d.consoleItem), `README.md does not list 「${d.consoleItem}」 under 用户隐私保护指引`)
})
