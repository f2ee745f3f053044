import { test } from 'node:test'
import assert from 'node:assert/strict'
import { parseStartArgs } from '../../scripts/lib/startArgs.mjs'
import { summarizeBuildLog } from '../../scripts/lib/buildLog.mjs'

const built = { hasBuild: () => true }

test('npm start takes the port from --port, then PORT, then 8080', () => {
  assert.equal(parseStartArgs(['--port', '3000'], { PORT: '4000' }, built).port, 3000)
  assert.equal(parseStartArgs([], { PORT: '4000' }, built).port, 4000)
  assert.equal(parseStartArgs([], {}, built).port, 8080)
})

test('a port that is not a number is refused with a sentence to copy, not replaced silently', () => {
  const res = parseStartArgs(['--port', 'abc'], {}, built)
  assert.equal(res.ok, false)
  assert.match(res.message, /npm start -- --port 3000/)
})

test('--no-build is honoured only when there is a build to serve', () => {
  assert.equal(parseStartArgs(['--no-build'], {}, built).build, false)
  assert.equal(parseStartArgs(['--no-build'], {}, { hasBuild: () => false }).build, true)
})

test('the build log is reduced to one line per webpack warning, without progress bars or asset tables', () => {
  const log = [
    '\x1b[2K● Webpack ██████████ sealing (92%) asset processing',
    'asset js/app.1234.js 291 KiB [emitted]',
    '\x1b[1m\x1b[33mWARNING\x1b[39m\x1b[22m in \x1b[1masset size limit: The following asset(s) exceed the recommended size limit (330 KiB).',
    'This can impact web performance.',
    'webpack 5.91.0 compiled with 1 warning in 100 ms'
  ].join('\n')
  const summary = summarizeBuildLog(log)
  assert.deepEqual(summary.warnings, ['asset size limit: The following asset(s) exceed the recommended size limit (330 KiB).'])
  assert.equal(summary.tail.some((l) => l.includes('█') || l.startsWith('asset ')), false)
})

test('a failed build shows the error and the lines after it', () => {
  const summary = summarizeBuildLog('noise\nERROR in ./src/app.ts 3:1\nModule not found: Error: Can\'t resolve \'./nope\'\n\nmore')
  assert.deepEqual(summary.errors.slice(0, 2), ['ERROR in ./src/app.ts 3:1', 'Module not found: Error: Can\'t resolve \'./nope\''])
})
