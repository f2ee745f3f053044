import { test } from 'node:test'
import assert from 'node:assert/strict'
import { ESLint } from 'eslint'

const eslint = new ESLint({ cwd: process.cwd() })

async function lintAs(filePath, code) {
  const [result] = await eslint.lintText(code, { filePath })
  return result.messages.map((m) => m.message)
}

test('the lint rule rejects Taro, React and Node imports inside src/domain', async () => {
  const messages = await lintAs('src/domain/probe.ts',
    "import Taro from '@tarojs/taro'\nimport { useState } from 'react'\nimport { join } from 'node:path'\nexport const probe = [Taro, useState, join]\n")
  assert.equal(messages.filter((m) => m.includes('src/domain')).length, 3, messages.join('\n'))
})

test('the lint rule rejects reading the clock inside src/domain', async () => {
  const messages = await lintAs('src/domain/probe.ts', 'export const probe = [Date.now(), new Date()]\n')
  assert.equal(messages.filter((m) => m.includes('不读时钟')).length, 2, messages.join('\n'))
})

test('the same imports are allowed in an adapter', async () => {
  const messages = await lintAs('src/adapters/probe.ts',
    "import Taro from '@tarojs/taro'\nexport const probe = Taro\n")
  assert.deepEqual(messages, [])
})
