import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'

const read = (p) => JSON.parse(readFileSync(p, 'utf8'))
/** '>=20.19' → [20, 19] */
const floorOf = (range) => {
  const m = /^>=(\d+)\.(\d+)$/.exec(range)
  assert.ok(m, `engines.node should be a plain floor like ">=20.19", got ${range}`)
  return [Number(m[1]), Number(m[2])]
}

test('the app and the reminder service declare the same Node floor, the Node running the tests meets it, and the README names it', () => {
  const app = read('package.json').engines?.node
  const server = read('server/package.json').engines?.node
  assert.equal(app, server)
  const [major, minor] = floorOf(app)
  const [runMajor, runMinor] = process.versions.node.split('.').map(Number)
  assert.ok(runMajor > major || (runMajor === major && runMinor >= minor), `Node ${process.versions.node} is below the declared ${app}`)
  assert.equal(read('server/package-lock.json').packages[''].engines?.node, server)
  const readme = readFileSync('README.md', 'utf8')
  assert.match(readme, new RegExp(`Node \\*\\*${major}\\.${minor} or newer\\*\\*`))
  assert.match(readme, /Node 22 LTS/)
})
