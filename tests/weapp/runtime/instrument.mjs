/**
 * Makes the use of a browser-only global observable even when the bundle swallows the error.
 *
 * 1. Each free reference to a name in BROWSER_ONLY_GLOBALS is rewritten into a call that records
 *    the use (file:line:column) and then throws the ReferenceError a phone would throw. A
 *    `typeof window` probe is left alone, so guarded code (`typeof window !== 'undefined' &&
 *    window.x`) never records anything: only code that really runs a browser API does. Free
 *    references are found with eslint-scope, so a local variable called `document` is not touched.
 * 2. Taro's ProvidePlugin turns `window`, `document`, `location`, `URL`… in bundled code into its
 *    runtime's stand-ins: `n(4490)["window"]`. The framework may use them; our own code (modules of
 *    src/, per .taro-cache/<dist>-module-origins.json) must not, because on a phone they do nothing
 *    useful (a tel: link, a download, a URL parser that is not there). In those modules the
 *    stand-in is wrapped so that touching it (a property, a call) is recorded; a probe is not.
 */
import { parse } from 'acorn'
import { analyze } from 'eslint-scope'
import { BROWSER_ONLY_GLOBALS, TARO_PROVIDED_GLOBALS } from './browserGlobals.mjs'

/** The names the rewritten code calls; passed in by the module wrapper, never globals. */
export const FORBIDDEN_HOOK = '__weappHarnessBrowserGlobal__'
export const PROVIDED_HOOK = '__weappHarnessProvidedGlobal__'

/** Every child node of an ESTree node. */
function* childrenOf(node) {
  for (const key of Object.keys(node)) {
    const value = node[key]
    if (Array.isArray(value)) {
      for (const item of value) if (item && typeof item.type === 'string') yield item
    } else if (value && typeof value.type === 'string') {
      yield value
    }
  }
}

function indexTree(ast) {
  const parents = new Map()
  const provided = []
  const stack = [ast]
  while (stack.length > 0) {
    const node = stack.pop()
    if (node.type === 'MemberExpression' && node.computed && node.property.type === 'Literal' && TARO_PROVIDED_GLOBALS.has(node.property.value)
      && node.object.type === 'CallExpression' && node.object.arguments.length === 1 && typeof node.object.arguments[0].value === 'number') {
      provided.push(node)
    }
    for (const child of childrenOf(node)) {
      parents.set(child, node)
      stack.push(child)
    }
  }
  return { parents, provided }
}

/** The webpack module id whose function contains `node` (`{4258: function (e, t, n) {…}}`), if any. */
function moduleIdOf(node, parents) {
  for (let n = node, p = parents.get(n); p; n = p, p = parents.get(p)) {
    if (p.type === 'Property' && p.value === n && /Function/.test(n.type) && parents.get(p)?.type === 'ObjectExpression') {
      return String(p.key.value ?? p.key.name)
    }
  }
  return undefined
}

/**
 * @param {string} source  one JS file of the build
 * @param {string} file    its path relative to dist/, for the messages
 * @param {(moduleId: string | undefined) => boolean} isAppModule  whether a module holds our own code
 * @returns {{ code: string, writes: string[] }} the rewritten code; `writes` lists assignments to a
 *   browser global (reported at load time: there is nothing sensible to rewrite them to)
 */
export function instrumentBrowserGlobals(source, file, isAppModule = () => false) {
  const ast = parse(source, { ecmaVersion: 'latest', sourceType: 'script', ranges: true, locations: true, allowReturnOutsideFunction: true })
  const scopes = analyze(ast, { ecmaVersion: 2022, sourceType: 'script' })
  const { parents, provided } = indexTree(ast)
  const edits = []
  const writes = []
  const where = (node) => `${file}:${node.loc.start.line}:${node.loc.start.column + 1}`
  for (const ref of scopes.globalScope.through) {
    const id = ref.identifier
    if (!BROWSER_ONLY_GLOBALS.has(id.name)) continue
    if (ref.isWrite()) { writes.push(`${id.name} assigned at ${where(id)}`); continue }
    const parent = parents.get(id)
    if (parent?.type === 'UnaryExpression' && parent.operator === 'typeof') continue
    const call = `${FORBIDDEN_HOOK}(${JSON.stringify(id.name)},${JSON.stringify(where(id))})`
    const shorthand = parent?.type === 'Property' && parent.shorthand && parent.value === id
    edits.push({ start: id.range[0], end: id.range[1], text: shorthand ? `${id.name}:${call}` : call })
  }
  for (const node of provided) {
    if (!isAppModule(moduleIdOf(node, parents))) continue
    const original = source.slice(node.range[0], node.range[1])
    edits.push({ start: node.range[0], end: node.range[1], text: `${PROVIDED_HOOK}(${JSON.stringify(node.property.value)},${JSON.stringify(where(node))},${original})` })
  }
  edits.sort((a, b) => b.start - a.start)
  let code = source
  for (const e of edits) code = code.slice(0, e.start) + e.text + code.slice(e.end)
  return { code, writes }
}
