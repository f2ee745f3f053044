/**
 * The JavaScript side of a mini-program: one vm context that holds only what WeChat's logic layer
 * offers, and WeChat's module system over the files of dist/.
 *
 * - Globals: wx, App, Page, Component, Behavior, getApp, getCurrentPages, requirePlugin, console,
 *   timers, and the language built-ins. `eval` and `new Function` throw, as on a phone.
 * - Modules: every file runs once, wrapped like WeChat's `define(path, function (require, module,
 *   exports) {…})`; `require` resolves relative to the file, adds `.js`, and refuses what WeChat
 *   refuses: the main package requiring a subpackage file, or one subpackage requiring another's.
 * - Browser globals: see instrument.mjs; a use is recorded as a problem and throws.
 */
import vm from 'node:vm'
import { readFileSync, existsSync } from 'node:fs'
import { basename, dirname, join, posix, resolve as resolvePath } from 'node:path'
import { FORBIDDEN_HOOK, PROVIDED_HOOK, instrumentBrowserGlobals } from './instrument.mjs'

const instrumented = new Map() // absolute path → { source, origins, code, writes }; shared by every boot in a process

function instrumentOnce(absPath, file, origins) {
  const source = readFileSync(absPath, 'utf8')
  const cached = instrumented.get(absPath)
  if (cached && cached.source === source && cached.origins === origins.key) return cached
  const entry = { source, origins: origins.key, ...instrumentBrowserGlobals(source, file, origins.isApp(file)) }
  instrumented.set(absPath, entry)
  return entry
}

/** Which webpack modules hold src/ code (config/moduleOrigins.ts); without the file, page and sub-common files count as ours. */
function readOrigins(distDir) {
  const file = join(dirname(resolvePath(distDir)), '.taro-cache', `${basename(resolvePath(distDir))}-module-origins.json`)
  if (!existsSync(file)) {
    const packaged = /(^|\/)(taro|vendors|sub-vendors|runtime|app)\.js$/
    return { key: 'by file', isApp: (f) => () => !packaged.test(f) }
  }
  const text = readFileSync(file, 'utf8')
  const origins = JSON.parse(text)
  return { key: text, isApp: () => (id) => origins[id] === 'app' }
}

/** 'case/pages/detail/index.js' → 'case' when case is a subpackage root, else 'main'. */
export function packageOf(file, subpackageRoots) {
  for (const root of subpackageRoots) if (file === root || file.startsWith(`${root}/`)) return root
  return 'main'
}

/**
 * @param {object} o
 * @param {string} o.distDir
 * @param {string[]} o.subpackageRoots
 * @param {Record<string, unknown>} o.globals        wx, App, Page, … (see harness.mjs)
 * @param {(kind: string, message: string) => void} o.problem  records a failure
 */
export function createSandbox({ distDir, subpackageRoots, globals, problem }) {
  const context = vm.createContext({ ...globals }, { name: 'weapp logic layer', codeGeneration: { strings: false, wasm: false } })
  const modules = new Map()
  const origins = readOrigins(distDir)

  const browserGlobal = (name, where) => {
    const message = `${name} is not defined`
    problem('browser-global', `the build used the browser-only global \`${name}\` at ${where}`)
    throw new (vm.runInContext('ReferenceError', context))(message)
  }

  // Our own code touched one of Taro's stand-ins for a browser global: record where, let it go on.
  const standIns = new WeakMap()
  const providedGlobal = (name, where, value) => {
    if ((typeof value !== 'object' && typeof value !== 'function') || value === null) return value
    const report = (what) => {
      const site = new Error().stack.split('\n').slice(1).find((l) => !l.includes('runtime/sandbox.mjs')) ?? where
      problem('browser-global', `our code used \`${name}\`${what} (Taro's stand-in: on a phone it does nothing useful), provided at ${where}, used at ${site.trim().replace(/^at /, '')}`)
    }
    let proxy = standIns.get(value)
    if (!proxy) {
      proxy = new Proxy(value, {
        get(target, prop) { if (typeof prop === 'string') report(`.${prop}`); return Reflect.get(target, prop, target) },
        set(target, prop, v) { report(`.${String(prop)} =`); return Reflect.set(target, prop, v, target) },
        apply(target, self, args) { report('()'); return Reflect.apply(target, self, args) },
        construct(target, args) { report(' (new)'); return Reflect.construct(target, args) }
      })
      standIns.set(value, proxy)
    }
    return proxy
  }

  function resolve(fromFile, request) {
    const base = request.startsWith('/') ? request.slice(1) : posix.join(posix.dirname(fromFile), request)
    const file = posix.normalize(base.endsWith('.js') ? base : `${base}.js`)
    if (file.startsWith('..') || !existsSync(join(distDir, file))) {
      throw new Error(`module "${file}" is not defined (required from ${fromFile})`)
    }
    const from = packageOf(fromFile, subpackageRoots)
    const to = packageOf(file, subpackageRoots)
    if (to !== 'main' && to !== from) {
      throw new Error(`module "${file}" is not defined: ${fromFile} (${from === 'main' ? 'main package' : `subpackage ${from}`}) cannot require a file of subpackage ${to}`)
    }
    return file
  }

  /** Runs dist/<file> once (WeChat's module cache) and returns its module.exports. */
  function load(file) {
    const cached = modules.get(file)
    if (cached) return cached.exports
    const { code, writes } = instrumentOnce(join(distDir, file), file, origins)
    for (const w of writes) problem('browser-global', `the build assigns a browser-only global: ${w}`)
    const module = { exports: {} }
    modules.set(file, module)
    const fn = vm.compileFunction(code, ['require', 'module', 'exports', FORBIDDEN_HOOK, PROVIDED_HOOK], { filename: join(distDir, file), parsingContext: context })
    const require = (request) => load(resolve(file, String(request)))
    fn.call(undefined, require, module, module.exports, browserGlobal, providedGlobal)
    return module.exports
  }

  return {
    context,
    load,
    /** Whether dist/<file> was loaded (a page's code runs when the page is first opened). */
    loaded: (file) => modules.has(file),
    /** A value of the sandbox realm, e.g. its Promise or Error constructor. */
    builtin: (name) => vm.runInContext(name, context),
    /** Replaces the sandbox's Date so that `Date.now()` and `new Date()` read the harness clock. */
    useClock(nowMs) {
      const install = vm.runInContext(`(function (nowMs) {
        const RealDate = Date
        class Date_ extends RealDate {
          constructor(...args) { if (args.length === 0) super(nowMs()); else super(...args) }
          static now() { return nowMs() }
        }
        Object.defineProperty(Date_, 'name', { value: 'Date' })
        globalThis.Date = Date_
      })`, context)
      install(nowMs)
    }
  }
}
