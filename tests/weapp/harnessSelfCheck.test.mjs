/**
 * The harness catches what it promises to catch: each case taps one button of a hand-written
 * mini-program (fixtures/tiny) and looks at what the harness recorded. No Taro build needed.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { bootWeapp } from './harness.mjs'
import { applySetData, parseDataPath } from './runtime/setData.mjs'

const distDir = 'tests/weapp/fixtures/tiny'

async function tapAndCollect(label, options = {}) {
  const app = await bootWeapp({ distDir, ...options })
  try {
    await app.settle()
    app.tap(label)
    const problems = await app.settle({ allowProblems: true })
    return { app, problems }
  } finally {
    await app.close()
  }
}

test('a typeof probe of window and document is allowed and sees no browser', async () => {
  const { app, problems } = await tapAndCollect('探测')
  assert.deepEqual(problems, [])
  assert.match(app.text(), /no browser here/)
})

test('using window fails with where it happened', async () => {
  const { problems } = await tapAndCollect('用 window')
  assert.equal(problems[0].kind, 'browser-global')
  assert.match(problems[0].message, /`window` at pages\/index\/index\.js:\d+:\d+/)
})

test('using localStorage fails even when the app catches the ReferenceError', async () => {
  const { problems } = await tapAndCollect('悄悄用 localStorage')
  assert.deepEqual(problems.map((p) => p.kind), ['browser-global'])
  assert.match(problems[0].message, /localStorage/)
})

test('touching Taro\'s stand-in for window from our own code is reported; checking that it exists is not', async () => {
  const { problems } = await tapAndCollect('用 Taro 的 window')
  assert.deepEqual(problems.map((p) => p.kind), ['browser-global'])
  assert.match(problems[0].message, /our code used `window`\.location \(Taro's stand-in/)
})

test('requestSubscribeMessage inside the tap reaches the person and succeeds', async () => {
  const { app, problems } = await tapAndCollect('订阅')
  assert.deepEqual(problems, [])
  const [call] = app.calls('requestSubscribeMessage')
  assert.equal(call.inTap, true)
  assert.deepEqual(call.args.tmplIds, ['t1', 't2'])
  assert.match(app.text(), /subscribed/)
})

test('requestSubscribeMessage after an await fails with WeChat\'s errMsg and is reported', async () => {
  const { app, problems } = await tapAndCollect('等一下再订阅')
  assert.equal(app.calls('requestSubscribeMessage')[0].inTap, false)
  assert.match(app.text(), /^requestSubscribeMessage:fail can only be invoked by user TAP gesture$/m)
  assert.equal(problems[0].kind, 'tap-gesture')
})

test('an unhandled rejection, a throw in a handler and eval are each reported', async () => {
  assert.equal((await tapAndCollect('不处理的拒绝')).problems[0]?.kind, 'unhandled-rejection')
  const thrown = (await tapAndCollect('抛出错误')).problems
  assert.equal(thrown[0].kind, 'uncaught')
  assert.match(thrown[0].message, /boom in a handler/)
  assert.match((await tapAndCollect('动态执行代码')).problems[0]?.message ?? '', /Code generation from strings disallowed/)
})

test('the main package cannot require a subpackage file, as in WeChat', async () => {
  const { problems } = await tapAndCollect('引用别的分包')
  assert.match(problems[0].message, /module "b\/pages\/y\/index\.js" is not defined: pages\/index\/index\.js \(main package\) cannot require a file of subpackage b/)
})

test('navigation follows app.json: an unknown page fails, a subpackage page loads with its query as written', async () => {
  const missing = await tapAndCollect('去不存在的页')
  assert.equal(missing.app.calls('navigateTo')[0].result.errMsg, 'navigateTo:fail page "pages/missing/index" is not found')
  assert.equal(missing.problems[0].kind, 'unhandled-rejection', 'the fixture ignores the returned Promise')
  const { app, problems } = await tapAndCollect('去分包 a')
  assert.deepEqual(problems, [])
  assert.deepEqual(app.stack(), ['pages/index/index', 'a/pages/x/index'])
  assert.match(app.text(), /page x v%20w/)
})

test('a privacy API the declaration does not list is refused (errno 112) and reported', async () => {
  const { app, problems } = await tapAndCollect('复制', { declaredPrivacyApis: [] })
  assert.equal(app.calls('setClipboardData')[0].result.errno, 112)
  assert.equal(problems[0].kind, 'privacy')
})

test('setData merges by path, the way WeChat and Taro write paths', () => {
  assert.deepEqual(parseDataPath('root.cn.[0].cn[2].v'), ['root', 'cn', 0, 'cn', 2, 'v'])
  const data = { root: { cn: [{ v: 'a', keep: 1 }] } }
  applySetData(data, { 'root.cn[0].v': 'b', 'root.cn.[1]': { v: 'c', gone: undefined }, 'list[2]': 'x' })
  assert.deepEqual(data.root, { cn: [{ v: 'b', keep: 1 }, { v: 'c' }] })
  assert.equal(data.list.length, 3)
  assert.equal(data.list[2], 'x')
})
