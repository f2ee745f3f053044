/**
 * What WeChat would render from Taro's base.wxml, read just far enough for a driver: for each node
 * name (`nn` in the page data) the element it becomes, which events it binds to the page's `eh`
 * handler (bindtap vs catchtap vs none), and which data key feeds each attribute (`open-type` ← p11).
 * Taro picks a template per node (a View with an onClick becomes a "click-view" that binds tap, a
 * View without handlers binds nothing), so a tap dispatched through these bindings reaches exactly
 * the handlers WeChat would call. Level and `comp` selection use the build's own utils.wxs.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import vm from 'node:vm'

const TEMPLATE = /<template name="tmpl_(\d+)_([0-9a-z]+?)(?:_(focus|blur))?">\s*<([a-z-]+)([^>]*)>/g
const BINDING = /\b(bind|catch)([a-z]+)="eh"/g
const ATTRIBUTE = /([a-z-]+)="\{\{(?:xs\.b\()?i\.([a-z0-9]+)/g

/** @returns {{ elementOf(nn): {tag, events: Map<string,'bind'|'catch'>, attrs: Record<string,string>} | undefined, levelOf: Function, containerLevel: number }} */
export function readTemplates(distDir) {
  const wxml = readFileSync(join(distDir, 'base.wxml'), 'utf8')
  const byName = new Map()
  for (const m of wxml.matchAll(TEMPLATE)) {
    const [, , nn, variant, tag, rest] = m
    if (byName.has(nn) && variant !== 'blur') continue // every level binds the same events
    const events = new Map()
    for (const b of rest.matchAll(BINDING)) events.set(b[2], b[1])
    const attrs = {}
    for (const a of rest.matchAll(ATTRIBUTE)) attrs[a[1]] = a[2]
    byName.set(nn, { tag, events, attrs })
  }
  const container = /<template name="tmpl_(\d+)_container">/.exec(wxml)
  const wxs = { exports: {} }
  vm.runInNewContext(readFileSync(join(distDir, 'utils.wxs'), 'utf8'), { module: wxs })
  return {
    elementOf: (nn) => byName.get(String(nn)),
    /** The template level of a child, as taro_tmpl and each template compute it (xs.a / xs.f). */
    childLevel: (parentLevel, nn, path) => {
      const name = wxs.exports.a(parentLevel, String(nn), path)
      const level = /^tmpl_(\d+)_/.exec(name)
      return { level: level ? Number(level[1]) : 0, container: name.endsWith('_container'), path: wxs.exports.f(path, String(nn)) }
    },
    containerLevel: container ? Number(container[1]) : Infinity
  }
}
