/**
 * Reads the current page's rendered data and acts on it the way a finger and WeChat's event system
 * would: a tap goes to the element that holds the text, then bubbles up through every ancestor whose
 * template binds tap (bindtap calls the page's `eh`, catchtap stops the bubbling); a button with
 * open-type="agreePrivacyAuthorization" also records the agreement and fires its own event; typing
 * fires focus, input and blur on the input element. While the tap is dispatched, the fake wx knows
 * it is inside a tap gesture, and only then.
 */

const isText = (node) => typeof node.v === 'string' && !Array.isArray(node.cn)

/**
 * @param {object} o
 * @param {ReturnType<import('./templates.mjs').readTemplates>} o.templates
 * @param {() => object} o.currentPage
 * @param {{ begin(): void, end(): void }} o.tap
 * @param {(id: string) => void} o.agreeButtonTapped
 * @param {(label: string, fn: () => unknown) => unknown} o.guard
 * @param {Map<string, object>} o.componentOptions
 * @param {() => number} o.timeStamp
 */
export function createDriver({ templates, currentPage, tap: gesture, agreeButtonTapped, guard, componentOptions, timeStamp }) {
  /** Every node of the page in document order, with its parent and whether a `comp` renders it. */
  function nodes(page = currentPage()) {
    const out = []
    const visit = (node, parent, c, l, inComp) => {
      const placed = templates.childLevel(c, node.nn, l)
      const entry = { node, parent, inComp: inComp || placed.container, text: isText(node) }
      out.push(entry)
      const [nextC, nextL] = placed.container ? [1, templates.childLevel(0, node.nn, '').path] : [c + 1, placed.path]
      for (const child of node.cn ?? []) visit(child, entry, nextC, nextL, entry.inComp)
    }
    for (const top of page?.data?.root?.cn ?? []) visit(top, null, 0, '', false)
    return out
  }

  const elementOf = (entry) => templates.elementOf(entry.node.nn)
  const tagOf = (entry) => elementOf(entry)?.tag
  /** The value of a WXML attribute ('open-type', 'placeholder', 'disabled', 'id') of an element. */
  function attr(entry, name) {
    if (name === 'id') return entry.node.uid ?? entry.node.sid
    const key = elementOf(entry)?.attrs[name]
    return key ? entry.node[key] : undefined
  }
  const ancestors = (entry) => { const out = []; for (let e = entry.parent; e; e = e.parent) out.push(e); return out }
  const textOf = (entry) => nodes().filter((e) => e.text && [e, ...ancestors(e)].includes(entry)).map((e) => e.node.v).join('')

  /** The page's visible text, one text node a line. */
  const screenText = (page) => nodes(page).filter((e) => e.text).map((e) => e.node.v).join('\n')

  const matches = (value, matcher) => (matcher instanceof RegExp ? matcher.test(value) : value.includes(matcher))

  /**
   * The element holding the text: an exact text node wins over one that merely contains it.
   * `nth` picks among several; without it more than one match is an error (say which one you mean).
   */
  function find(matcher, { nth } = {}) {
    const texts = nodes().filter((e) => e.text && e.parent && matches(e.node.v.trim(), matcher))
    const exact = typeof matcher === 'string' ? texts.filter((e) => e.node.v.trim() === matcher) : []
    const found = exact.length > 0 ? exact : texts
    if (found.length === 0) throw new Error(`no text ${matcher} on ${currentPage()?.route}:\n${screenText()}`)
    if (found.length > 1 && nth === undefined) throw new Error(`${found.length} texts match ${matcher} on ${currentPage()?.route}; pass { nth }`)
    return found[nth ?? 0].parent
  }

  function dispatch(entry, type, detail, target = entry) {
    const page = currentPage()
    const comp = entry.inComp ? componentOptions.get('comp') : null
    const handler = comp?.methods?.eh ?? page.eh
    const id = attr(entry, 'id')
    const event = {
      type, timeStamp: timeStamp(), detail, touches: [], changedTouches: [], mark: {}, mut: false,
      target: { id: attr(target, 'id'), offsetLeft: 0, offsetTop: 0, dataset: { sid: target.node.sid } },
      currentTarget: { id, offsetLeft: 0, offsetTop: 0, dataset: { sid: entry.node.sid } }
    }
    guard(`${type} on ${tagOf(entry)}#${id} of ${page.route}`, () => handler.call(comp ? {} : page, event))
  }

  /** Taps the element that holds `matcher` (text or RegExp), or an entry from find(). */
  function tapOn(matcher, options = {}) {
    const target = typeof matcher === 'object' && matcher?.node ? matcher : find(matcher, options)
    const path = [target, ...ancestors(target)]
    const button = path.find((e) => tagOf(e) === 'button')
    if (button && attr(button, 'disabled')) return
    gesture.begin()
    try {
      for (const entry of path) {
        const mode = elementOf(entry)?.events.get('tap')
        if (!mode) continue
        dispatch(entry, 'tap', { x: 187, y: 300 }, target)
        if (mode === 'catch') break
      }
      if (button && attr(button, 'open-type') === 'agreePrivacyAuthorization') {
        agreeButtonTapped(attr(button, 'id'))
        if (elementOf(button).events.has('agreeprivacyauthorization')) dispatch(button, 'agreeprivacyauthorization', {})
      }
    } finally {
      gesture.end()
    }
  }

  /** The input whose placeholder matches, or else the first input after the text `matcher`; or an entry from nodes(). */
  function findInput(matcher) {
    if (typeof matcher === 'object' && matcher?.node) return matcher
    const all = nodes()
    const isInput = (e) => ['input', 'textarea'].includes(tagOf(e))
    const byPlaceholder = all.find((e) => isInput(e) && typeof attr(e, 'placeholder') === 'string' && matches(attr(e, 'placeholder'), matcher))
    if (byPlaceholder) return byPlaceholder
    const exact = typeof matcher === 'string' ? all.findIndex((e) => e.text && e.node.v.trim() === matcher) : -1
    const label = exact >= 0 ? exact : all.findIndex((e) => e.text && matches(e.node.v.trim(), matcher))
    const input = label < 0 ? undefined : all.slice(label).find(isInput)
    if (!input) throw new Error(`no input for ${matcher} on ${currentPage()?.route}:\n${screenText()}`)
    return input
  }

  /** Types `value` into an input: focus, input, blur (the events its template binds). */
  function fill(matcher, value) {
    const input = findInput(matcher)
    const events = elementOf(input).events
    if (events.has('focus')) dispatch(input, 'focus', { value: attr(input, 'value') ?? '', height: 0 })
    dispatch(input, 'input', { value, cursor: value.length, keyCode: 229 })
    if (events.has('blur')) dispatch(input, 'blur', { value, cursor: value.length })
  }

  return { nodes, find, tap: tapOn, fill, attr, tagOf, textOf, screenText }
}
