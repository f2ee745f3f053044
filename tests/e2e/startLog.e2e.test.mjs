// npm start 的日志一屏看完、列出每一个地址，而且每个地址都能打开。用已有的构建（--no-build）。
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

test('npm start prints a short log that names every URL, and every URL answers', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'yingsu-start-')) // 不碰开发者自己的 .data/pglite
  const child = spawn(process.execPath, ['scripts/start.mjs', '--no-build', '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, DATA_DIR: join(dataDir, 'pglite') } })
  let out = ''
  child.stderr.on('data', (c) => { out += c })
  try {
    await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`npm start did not finish starting in 120 s:\n${out}`)), 120_000)
      child.stdout.on('data', (c) => {
        out += c
        if (out.includes('Ctrl+C to stop')) { clearTimeout(timer); resolve() }
      })
      child.on('exit', (code) => { clearTimeout(timer); reject(new Error(`npm start exited with ${code}:\n${out}`)) })
    })
    const lines = out.trimEnd().split('\n')
    assert.ok(lines.length <= 15, `the start log fits on one screen (${lines.length} lines):\n${out}`)
    assert.doesNotMatch(out, /█|编译警告|DeprecationWarning/)
    const urls = [...out.matchAll(/http:\/\/127\.0\.0\.1:\d+\/\S*/g)].map((m) => m[0])
    assert.equal(urls.length, 4, out)
    for (const url of urls) {
      const res = await fetch(url)
      assert.equal(res.status, 200, url)
    }
    assert.match(out, /npm start -- --port/)
  } finally {
    await new Promise((resolve) => {
      if (child.exitCode !== null) return resolve()
      child.once('exit', resolve)
      child.kill('SIGINT')
    })
    rmSync(dataDir, { recursive: true, force: true })
  }
})
