/**
 * Every page the build lists in app.json opens on its own, as from a share card or a 小程序码, and
 * renders through setData without a problem. Generic on purpose: a page added to app.json is covered
 * the moment it is built.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { bootWeapp } from './harness.mjs'
import { SEPT_20 } from './support/steps.mjs'
import { t } from '../../src/i18n/index.ts'

const appJson = JSON.parse(readFileSync('dist/app.json', 'utf8'))
const routes = [...appJson.pages, ...(appJson.subPackages ?? []).flatMap((p) => p.pages.map((page) => `${p.root}/${page}`))]

for (const route of routes) {
  test(`${route} renders on its own, with the not-legal-advice line, and nothing goes wrong`, async () => {
    const app = await bootWeapp({ now: SEPT_20, launch: { path: route } })
    try {
      await app.settle()
      assert.equal(app.route(), route)
      assert.ok(app.setDataLog.some((s) => s.route === route), 'the page rendered through setData')
      assert.ok(app.has(t.app.disclaimer), `the disclaimer is missing:\n${app.text()}`)
      app.assertHealthy()
    } finally {
      await app.close()
    }
  })
}
