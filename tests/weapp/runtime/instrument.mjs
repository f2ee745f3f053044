/**
 * Makes the use of a browser-only global observable even when the bundle swallows the error.
 *
 * Each free reference to a name in BROWSER_ONLY_GLOBALS is rewritten into a call that records the
 * use (file:line:column) and then throws the ReferenceError a phone would throw. A `typeof window`
 * probe is left alone, so guarded code (`typeof window !== 'undefined' && window.x`) never records
 * anything: only code that really runs a browser API does. Free references are found with
 * eslint-scope, so a local variable that happens to be called `document` is not touched.
 */
import { parse } from 'acorn'
import { analyze } from 'eslint-scope'
import { BROWSER_ONLY_GLOBALS } from './browserGlobals.mjs'

/** The name the rewritten code calls; passed in by the module wrapper, never a global. */
export const FORBIDDEN_HOOK = '__weappHarnessBrowserGlobal__'

/** Every child node of an ESTree node, with the key that holds it. */
function* childrenOf(node) {
  for (const key of Object.keys(node)) {
    if (key === 'parent') continue
    const value = node[key]
    if (Array.isArray(value)) {
      for (const item of value) if (item && typeof item.type === 'string') yield item
    } else if (value && typeof value.type === 'string') {
      yield value
    }
  }
}

function parentsOf(ast) {
  const parents = new Map()
  const stack = [ast]
  while (stack.length > 0) {
    const node = stack.pop()
    for (const child of childrenOf(node)) {
      parents.set(child, node)
      stack.push(child)
    }
  }
  return parents
}

/**
 * @param {string} source  one JS file of the build
 * @param {string} file    its path relative to dist/, for the messages
 * @returns {{ code: string, writes: string[], sites: number }} the rewritten code; `writes` lists
 *   assignments to a browser global (reported at load time: there is nothing sensible to rewrite them to)
 */
export function instrumentBrowserGlobals(source, file) {
  const ast = parse(source, { ecmaVersion: 'latest', sourceType: 'script', ranges: true, locations: true, allowReturnOutsideFunction: true })
  const scopes = analyze(ast, { ecmaVersion: 2022, sourceType: 'script' })
  const parents = parentsOf(ast)
  const edits = []
  const writes = []
  for (const ref of scopes.globalScope.through) {
    const id = ref.identifier
    if (!BROWSER_ONLY_GLOBALS.has(id.name)) continue
    const where = `${file}:${id.loc.start.line}:${id.loc.start.column + 1}`
    if (ref.isWrite()) { writes.push(`${id.name} assigned at ${where}`); continue }
    const parent = parents.get(id)
    if (parent?.type === 'UnaryExpression' && parent.operator === 'typeof') continue
    const call = `${FORBIDDEN_HOOK}(${JSON.stringify(id.name)},${JSON.stringify(where)})`
    const shorthand = parent?.type === 'Property' && parent.shorthand && parent.value === id
    edits.push({ start: id.range[0], end: id.range[1], text: shorthand ? `${id.name}:${call}` : call })
  }
  edits.sort((a, b) => b.start - a.start)
  let code = source
  for (const e of edits) code = code.slice(0, e.start) + e.text + code.slice(e.end)
  return { code, writes, sites: edits.length }
}
