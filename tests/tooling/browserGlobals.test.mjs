import { test } from 'node:test'
import assert from 'node:assert/strict'
import { ESLint } from 'eslint'

const eslint = new ESLint({ cwd: process.cwd() })

async function lintAs(filePath, code) {
  const [result] = await eslint.lintText(code, { filePath })
  return result.messages.filter((m) => m.ruleId === 'no-restricted-globals').map((m) => m.message)
}

test('app code may not use browser-only globals: the mini-program has none', async () => {
  const messages = await lintAs('src/components/Probe.tsx', "export const probe = () => [window.innerWidth, new URL('https://a.b'), localStorage.getItem('k')]\n")
  assert.equal(messages.length, 3, messages.join('\n'))
  assert.match(messages[0], /小程序里没有 window/)
})

test('an H5 adapter may use them: that is where the browser side lives', async () => {
  assert.deepEqual(await lintAs('src/adapters/probe.h5.ts', 'export const probe = () => window.location.href\n'), [])
})
