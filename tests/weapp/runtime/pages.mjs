/**
 * App, Page and Component registration, page instances and the page stack, as WeChat runs them.
 *
 * - A page's code runs the first time the page is opened (its subpackage is "downloaded" then);
 *   the `usingComponents` of its .json are loaded with it.
 * - Lifecycle order: onLoad(query) → onShow() → onReady() after the first render; navigateTo hides
 *   the current page (onHide), redirectTo / navigateBack / reLaunch unload (onUnload).
 * - Routes must be in app.json ("page … is not found"); the stack holds at most 10 pages.
 * - setData merges by path, applies at once to this.data and calls back after the render.
 */
import { readFileSync, existsSync } from 'node:fs'
import { join, posix } from 'node:path'
import { applySetData, SET_DATA_HARD_LIMIT } from './setData.mjs'

const MAX_STACK = 10

/** '/case/pages/intake/index?s=a&l=b' → { route: 'case/pages/intake/index', query: { s: 'a', l: 'b' } }, query values as written */
export function parseUrl(url, fromRoute) {
  const [path, search = ''] = String(url).split('?')
  const route = path.startsWith('/') ? path.slice(1) : posix.join(posix.dirname(fromRoute ?? ''), path)
  const query = {}
  for (const part of search.split('&')) {
    if (!part) continue
    const at = part.indexOf('=')
    if (at < 0) query[part] = ''
    else query[part.slice(0, at)] = part.slice(at + 1)
  }
  return { route: posix.normalize(route), query }
}

/**
 * @param {object} o
 * @param {string} o.distDir
 * @param {{ pages: string[], subPackages?: {root: string, pages: string[]}[] }} o.appJson
 * @param {ReturnType<import('./sandbox.mjs').createSandbox>} o.sandbox  (set after creation: see attach)
 * @param {(label: string, fn: () => unknown) => unknown} o.guard
 * @param {(fn: () => void, ms?: number) => void} o.later
 * @param {(kind: string, msg: string) => void} o.problem
 */
export function createPages({ distDir, appJson, guard, later, problem }) {
  const routes = [...appJson.pages, ...(appJson.subPackages ?? []).flatMap((p) => p.pages.map((page) => `${p.root}/${page}`))]
  const pageOptions = new Map()
  const componentOptions = new Map()
  const stack = []
  const setDataLog = []
  let sandbox
  let loading = null
  let app = null

  const globals = {
    App(options) { app = options },
    Page(options) {
      if (!loading) throw new Error('Page() called outside a page file')
      pageOptions.set(loading, options)
    },
    Component(options) {
      if (!loading) throw new Error('Component() called outside a component file')
      componentOptions.set(loading, options)
    },
    Behavior: (options) => options,
    getApp: () => app,
    getCurrentPages: () => stack.slice(),
    requirePlugin: (name) => { throw new Error(`plugin ${name} is not declared in app.json`) }
  }

  function loadAs(file, key) {
    const previous = loading
    loading = key
    try { sandbox.load(file) } finally { loading = previous }
  }

  function loadPage(route) {
    if (pageOptions.has(route)) return pageOptions.get(route)
    const json = join(distDir, `${route}.json`)
    const usingComponents = existsSync(json) ? JSON.parse(readFileSync(json, 'utf8')).usingComponents ?? {} : {}
    for (const target of Object.values(usingComponents)) {
      const file = posix.normalize(posix.join(posix.dirname(route), `${target}.js`))
      if (!componentOptions.has(file.replace(/\.js$/, ''))) loadAs(file, file.replace(/\.js$/, ''))
    }
    loadAs(`${route}.js`, route)
    const options = pageOptions.get(route)
    if (!options) throw new Error(`${route}.js did not call Page()`)
    return options
  }

  function createInstance(route, query) {
    const options = loadPage(route)
    const page = {}
    for (const [key, value] of Object.entries(options)) if (key !== 'data') page[key] = value
    page.data = JSON.parse(JSON.stringify(options.data ?? {}))
    page.route = route
    page.__route__ = route
    page.options = { ...query }
    page.unloaded = false
    page.setData = function setData(payload, callback) {
      if (page.unloaded) problem('page', `setData on ${route} after onUnload`)
      const bytes = applySetData(page.data, payload)
      setDataLog.push({ route, bytes, keys: Object.keys(payload).length })
      if (bytes > SET_DATA_HARD_LIMIT) problem('page', `setData of ${bytes} bytes on ${route}: WeChat refuses more than 1 MB`)
      if (typeof callback === 'function') later(() => guard(`setData callback on ${route}`, () => callback.call(page)))
    }
    page.selectComponent = () => null
    page.selectAllComponents = () => []
    page.createSelectorQuery = () => { throw new Error('createSelectorQuery is not modelled by the harness') }
    page.getOpenerEventChannel = () => ({ emit() {}, on() {}, once() {}, off() {} })
    return page
  }

  const lifecycle = (page, name, ...args) => guard(`${page.route} ${name}`, () => page[name]?.(...args))

  function show(page, { firstTime }) {
    lifecycle(page, 'onShow')
    if (firstTime) later(() => { if (!page.unloaded) lifecycle(page, 'onReady') })
  }
  function unload(page) {
    page.unloaded = true
    lifecycle(page, 'onUnload')
  }
  function open(route, query) {
    const page = createInstance(route, query)
    stack.push(page)
    lifecycle(page, 'onLoad', { ...query })
    show(page, { firstTime: true })
    return page
  }
  const notFound = (api, route) => ({ errMsg: `${api}:fail page "${route}" is not found` })

  /** The navigation APIs; each returns a fail object or undefined. */
  const navigation = {
    navigateTo(url) {
      const { route, query } = parseUrl(url, stack.at(-1)?.route)
      if (!routes.includes(route)) return notFound('navigateTo', route)
      if (stack.length >= MAX_STACK) return { errMsg: 'navigateTo:fail webview count limit exceed' }
      const current = stack.at(-1)
      if (current) lifecycle(current, 'onHide')
      open(route, query)
    },
    redirectTo(url) {
      const { route, query } = parseUrl(url, stack.at(-1)?.route)
      if (!routes.includes(route)) return notFound('redirectTo', route)
      const current = stack.pop()
      if (current) unload(current)
      open(route, query)
    },
    reLaunch(url) {
      const { route, query } = parseUrl(url, stack.at(-1)?.route)
      if (!routes.includes(route)) return notFound('reLaunch', route)
      while (stack.length > 0) unload(stack.pop())
      open(route, query)
    },
    navigateBack(delta = 1) {
      if (stack.length <= 1) return { errMsg: 'navigateBack:fail cannot navigate back at first page.' }
      for (let i = 0; i < Math.min(delta, stack.length - 1); i++) unload(stack.pop())
      show(stack.at(-1), { firstTime: false })
    },
    switchTab(url) {
      return { errMsg: `switchTab:fail can not switch to no-tabBar page ${url}` }
    }
  }

  return {
    globals,
    routes,
    stack,
    setDataLog,
    navigation,
    attach(s) { sandbox = s },
    /** Runs app.js and App's onLaunch / onShow, then opens the launch page. */
    launch(launchOptions) {
      loadAs('app.js', 'app')
      if (!app) throw new Error('app.js did not call App()')
      guard('App onLaunch', () => app.onLaunch?.(JSON.parse(JSON.stringify(launchOptions))))
      guard('App onShow', () => app.onShow?.(JSON.parse(JSON.stringify(launchOptions))))
      const { route, query } = { route: launchOptions.path, query: launchOptions.query }
      if (!routes.includes(route)) throw new Error(`launch page ${route} is not in app.json`)
      open(route, query)
    },
    app: () => app,
    componentOptions
  }
}
