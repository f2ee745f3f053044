/**
 * Boots the production WeChat build (dist/) in a mini-program runtime and hands back a driver.
 *
 *   const app = await bootWeapp({ launch: { path: 'pages/index/index', query: { scene } }, now: SEPT_20 })
 *   await app.tap('新建案件'); await app.settle()
 *   assert.match(app.text(), /…/); app.calls('requestSubscribeMessage')
 *   app.assertHealthy(); await app.close()
 *
 * Any uncaught error (in a lifecycle, a handler, a callback, a timer), unhandled rejection, use of a
 * browser-only global, console.error / console.warn, undeclared privacy API or misuse WeChat would
 * punish is a "problem"; settle() throws on the first new one, so a journey fails at the step that
 * caused it. See tests/weapp/README.md.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { createSandbox } from './runtime/sandbox.mjs'
import { createPages } from './runtime/pages.mjs'
import { readTemplates } from './runtime/templates.mjs'
import { createDriver } from './runtime/driver.mjs'
import { createActivity } from './runtime/activity.mjs'
import { createFakeWx } from './fakeWx/index.mjs'
import { privacyDeclarations } from '../../src/privacy/declaration.ts'

/** The origin `npm test` builds the weapp with (scripts/lib/testSteps.mjs); `hosts` maps it to the local service. */
export const TEST_API_ORIGIN = 'https://yingsu-api.invalid'

/** What the person does when WeChat asks; every field optional. */
export const defaultUser = Object.freeze({ subscribe: 'accept', authorize: {}, officialPrivacyPopup: 'agree', phoneCall: 'call', media: 'cancel' })

/**
 * @param {object} [o]
 * @param {string} [o.distDir]
 * @param {{ path?: string, query?: Record<string,string>, scene?: number }} [o.launch]
 * @param {number} [o.now]            the phone's clock at boot (ms); it then runs with real time
 * @param {Map<string,string>} [o.storage]  storage of a previous boot, to model a restart
 * @param {string} [o.baseLibrary]    WeChat base library version
 * @param {object} [o.user]           scripted answers, see defaultUser
 * @param {Record<string,string>} [o.hosts]  origin the build calls → real URL
 * @param {string} [o.standIn]        URL of the local WeChat stand-in (login codes, subscribe credits)
 * @param {boolean} [o.privacyAgreed] whether the person already agreed to the privacy guide
 * @param {Iterable<string>} [o.declaredPrivacyApis] what the MP console declares; default: src/privacy/declaration.ts
 */
export async function bootWeapp(o = {}) {
  const startedAt = performance.now()
  const distDir = o.distDir ?? 'dist'
  const appJson = JSON.parse(readFileSync(join(distDir, 'app.json'), 'utf8'))
  const launch = { path: o.launch?.path ?? appJson.pages[0], query: o.launch?.query ?? {}, scene: o.launch?.scene ?? 1001 }
  const problems = []
  let reported = 0
  const problem = (kind, message) => problems.push({ kind, message })
  const clockStart = performance.now()
  const phoneNow = () => (o.now ?? Date.now()) + (performance.now() - clockStart) + clockOffset
  let clockOffset = 0

  const guard = (label, fn) => {
    try { return fn() } catch (err) { problem('uncaught', `${label}: ${err?.stack ?? err}`) }
  }
  const activity = createActivity(guard)
  const { later, track, waitForUser } = activity

  let tapDepth = 0
  const kitEnv = {
    SandboxPromise: () => sandbox.builtin('Promise'),
    later, guard, track, waitForUser, problem,
    inTap: () => tapDepth > 0,
    route: () => pages.stack.at(-1)?.route,
    calls: [],
    privacy: { check: async () => true },
    navigation: null,
    toSandboxArrayBuffer: (bytes) => { const U8 = sandbox.builtin('Uint8Array'); return U8.from(bytes).buffer }
  }
  const declared = new Set(o.declaredPrivacyApis ?? privacyDeclarations.flatMap((d) => d.apis))
  const fake = createFakeWx(kitEnv, {
    storage: o.storage, hosts: o.hosts ?? {}, standIn: o.standIn, openid: o.openid ?? 'oWeappHarness0000000000000001',
    baseLibrary: o.baseLibrary ?? '3.7.12', user: { ...defaultUser, ...o.user }, declaredPrivacyApis: declared,
    privacyAgreed: o.privacyAgreed ?? false, launch, appId: 'wx0000000000000000'
  })

  const pages = createPages({ distDir, appJson, guard, later, problem })
  kitEnv.navigation = pages.navigation
  const appConsole = {
    log: () => {}, info: () => {}, debug: () => {}, time: () => {}, timeEnd: () => {}, group: () => {}, groupEnd: () => {},
    warn: (...args) => problem('console.warn', args.map(String).join(' ')),
    error: (...args) => problem('console.error', args.map((a) => a?.stack ?? String(a)).join(' '))
  }
  const sandbox = createSandbox({
    distDir,
    subpackageRoots: (appJson.subPackages ?? []).map((p) => p.root),
    problem,
    globals: {
      wx: fake.wx, ...pages.globals, console: appConsole, ...activity.timerGlobals
    }
  })
  sandbox.useClock(phoneNow)
  pages.attach(sandbox)

  // A rejection nobody handles inside the app is the app's problem, not the test runner's: take it
  // from the sandbox's realm; hand any other (a bug in a test) to the listeners that were there.
  const SandboxPromise = sandbox.builtin('Promise')
  const previous = process.listeners('unhandledRejection')
  process.removeAllListeners('unhandledRejection')
  const onRejection = (reason, promise) => {
    if (promise instanceof SandboxPromise) problem('unhandled-rejection', String(reason?.stack ?? reason?.errMsg ?? JSON.stringify(reason)))
    else if (previous.length === 0) throw reason
    else for (const l of previous) l(reason, promise)
  }
  process.on('unhandledRejection', onRejection)

  const currentPage = () => pages.stack.at(-1)
  const driver = createDriver({
    templates: readTemplates(distDir), currentPage, guard, componentOptions: pages.componentOptions,
    tap: { begin: () => { tapDepth++ }, end: () => { tapDepth-- } },
    agreeButtonTapped: (id) => fake.privacy.agreeButtonTapped(id),
    timeStamp: () => Math.round(performance.now() - startedAt)
  })

  function newProblems() {
    const fresh = problems.slice(reported)
    reported = problems.length
    return fresh
  }
  const describe = (list) => list.map((p) => `  [${p.kind}] ${p.message}`).join('\n')

  /** Waits until nothing is in flight (requests, callbacks, short timers); throws on new problems. */
  async function settle({ allowProblems = false } = {}) {
    await activity.idle()
    const fresh = newProblems()
    if (fresh.length > 0 && !allowProblems) throw new Error(`the WeChat build misbehaved on ${currentPage()?.route}:\n${describe(fresh)}`)
    return fresh
  }

  try {
    pages.launch(launch)
  } catch (err) {
    problem('uncaught', `launch: ${err?.stack ?? err}`)
  }
  await settle({ allowProblems: true }).then((fresh) => { reported -= fresh.length })
  const bootMs = performance.now() - startedAt

  const app = {
    wx: fake.wx,
    bootMs,
    problems,
    /** Recorded wx calls, optionally of one API. */
    calls: (api) => kitEnv.calls.filter((c) => api === undefined || c.api === api),
    page: currentPage,
    route: () => currentPage()?.route,
    stack: () => pages.stack.map((p) => p.route),
    routes: pages.routes,
    text: () => driver.screenText(),
    has: (matcher) => (matcher instanceof RegExp ? matcher.test(driver.screenText()) : driver.screenText().includes(matcher)),
    find: driver.find,
    attr: driver.attr,
    nodes: driver.nodes,
    tap: (matcher, options) => driver.tap(matcher, options),
    fill: (matcher, value) => driver.fill(matcher, value),
    settle,
    /** WeChat's own back arrow in the navigation bar (not a wx call by the app). */
    async back() { const failed = pages.navigation.navigateBack(1); if (failed) throw new Error(failed.errMsg); return settle() },
    /** tap + settle: the usual step of a journey. */
    async press(matcher, options) { driver.tap(matcher, options); return settle() },
    modal: () => fake.ui.state.modal,
    toast: () => fake.ui.state.toast,
    answerModal: (confirm) => fake.ui.answerModal(confirm),
    storage: fake.storage.entries,
    files: fake.files,
    device: fake.device.state,
    privacy: fake.privacy.state,
    setDataLog: pages.setDataLog,
    advanceClock(ms) { clockOffset += ms },
    now: phoneNow,
    /** Fails with every problem recorded since boot (settle() reports them step by step). */
    assertHealthy() {
      if (problems.length > 0) throw new Error(`the WeChat build misbehaved:\n${describe(problems)}`)
    },
    async close() {
      process.removeListener('unhandledRejection', onRejection)
      for (const l of previous) process.on('unhandledRejection', l)
      activity.stop()
    }
  }
  return app
}
