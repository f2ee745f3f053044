/**
 * What the accessibility test and bench:a11y measure on one page state (issue 20):
 * - axe-core's serious and critical violations;
 * - every rendered text on the page on top, scrolled out of view or not (axe only judges text it can see): its size on
 *   screen and its contrast against the backgrounds under it (WCAG 1.4.3: 4.5:1, 3:1 for large text);
 * - how many screens the page is, and where its conclusion ([data-conclusion]) ends, in screens.
 */

/** Runs in the page: the shown page's scrolling container (Taro's H5 pages scroll inside .taro_page, not the document). */
export const SHOWN_PAGE = "[...document.querySelectorAll('.taro_page')].find((el) => el.checkVisibility()) ?? document.documentElement"
import { createRequire } from 'node:module'

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js')

/** No text on screen below this (CSS px at 375 wide = pt on a phone; 28 design px in the sources). */
export const MIN_FONT_PX = 14

/**
 * Taro's H5 components carry WeChat's `aria-role` attribute next to the real `role` (it is how a mini-program names
 * a role). It is not an ARIA attribute, so axe reports it as aria-valid-attr; screen readers ignore it and read
 * `role`. This is the one exception the issue allows; any other invalid aria-* attribute still fails.
 */
function onlyWeChatAriaRole(violation, node) {
  if (violation.id !== 'aria-valid-attr') return false
  const invalid = node.any.flatMap((check) => check.data ?? [])
  return invalid.length > 0 && invalid.every((attr) => attr === 'aria-role')
}

/** axe-core's serious and critical violations on the page as it is now, one per element: { rule, target, line }. */
export async function axeViolations(page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: axePath })
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }))
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.filter((n) => !onlyWeChatAriaRole(v, n)).map((n) => {
      const target = n.target.join(' ')
      return { rule: v.id, target, line: `${v.id} (${v.impact}): ${target} — ${n.failureSummary?.split('\n').slice(1).join(' ').trim()}` }
    }))
}

/**
 * Runs in the page: every text node of the shown page with its size, weight, colour and effective background,
 * the page's height in screens and the bottom of its conclusion in screens. Kept self-contained (it is serialised).
 */
function measureInPage() {
  const parse = (css) => {
    const m = css.match(/rgba?\(([^)]+)\)/)
    if (!m) return [0, 0, 0, 0]
    const [r, g, b, a = '1'] = m[1].split(/[ ,/]+/).filter(Boolean)
    return [Number(r), Number(g), Number(b), Number(a)]
  }
  const over = (top, under) => {
    const a = top[3]
    return [0, 1, 2].map((i) => top[i] * a + under[i] * (1 - a)).concat(1)
  }
  const luminance = (rgb) => {
    const [r, g, b] = rgb.slice(0, 3).map((v) => { const c = v / 255; return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4 })
    return 0.2126 * r + 0.7152 * g + 0.0722 * b
  }
  const ratio = (a, b) => { const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x); return (hi + 0.05) / (lo + 0.05) }
  /** The colour under an element: its own and its ancestors' backgrounds composited over white; and their opacity. */
  const background = (el) => {
    const layers = []
    let opacity = 1
    for (let e = el; e; e = e.parentElement) {
      const s = getComputedStyle(e)
      opacity *= Number(s.opacity)
      const bg = parse(s.backgroundColor)
      if (bg[3] > 0) layers.push(bg)
      if (bg[3] >= 1) break
    }
    return { colour: layers.reverse().reduce((under, top) => over(top, under), [255, 255, 255, 1]), opacity }
  }
  const describe = (el) => {
    const id = el.closest('[data-testid]')?.getAttribute('data-testid')
    return `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}${id ? ` in [data-testid=${id}]` : ''}`
  }
  const texts = []
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement
    const text = node.textContent.trim()
    if (!el || !text || !el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue
    const rect = el.getBoundingClientRect()
    if (rect.width <= 1 || rect.height <= 1) continue
    // WCAG 1.4.3 exempts inactive controls.
    if (el.closest('[aria-disabled="true"], [disabled]')) continue
    const s = getComputedStyle(el)
    const { colour: bg, opacity } = background(el)
    const fg = parse(s.color)
    const shown = over([fg[0], fg[1], fg[2], fg[3] * opacity], bg)
    texts.push({ text: text.slice(0, 24), where: describe(el), size: parseFloat(s.fontSize), weight: Number(s.fontWeight), contrast: ratio(shown, bg) })
  }
  for (const input of document.querySelectorAll('input[placeholder], textarea[placeholder]')) {
    if (!input.checkVisibility() || !input.placeholder) continue
    const s = getComputedStyle(input, '::placeholder')
    const { colour: bg } = background(input)
    texts.push({ text: `placeholder ${input.placeholder.slice(0, 16)}`, where: describe(input), size: parseFloat(s.fontSize), weight: Number(s.fontWeight), contrast: ratio(over(parse(s.color), bg), bg) })
  }
  // Taro's H5 pages scroll inside their own container (.taro_page), not the document.
  const scroller = [...document.querySelectorAll('.taro_page')].find((el) => el.checkVisibility()) ?? document.documentElement
  const screen = scroller.clientHeight
  const conclusion = [...document.querySelectorAll('[data-conclusion]')].find((el) => el.checkVisibility())
  const top = scroller.getBoundingClientRect().top - scroller.scrollTop
  const conclusionEnd = conclusion ? (conclusion.getBoundingClientRect().bottom - top) / screen : null
  return { texts, screens: scroller.scrollHeight / screen, conclusionScreens: conclusionEnd }
}

const isLarge = (t) => t.size >= 24 || (t.size >= 18.66 && t.weight >= 700)

/** Texts below 14 px or below their contrast minimum, and the page's smallest size, lowest contrast and length. */
export async function measureText(page) {
  const { texts, screens, conclusionScreens } = await page.evaluate(measureInPage)
  const failures = []
  for (const t of texts) {
    const needed = isLarge(t) ? 3 : 4.5
    if (t.size < MIN_FONT_PX) failures.push(`${t.size.toFixed(1)} px < ${MIN_FONT_PX}: 「${t.text}」 ${t.where}`)
    if (t.contrast < needed) failures.push(`contrast ${t.contrast.toFixed(2)} < ${needed}: 「${t.text}」 ${t.where}`)
  }
  return {
    failures,
    smallestPx: Math.min(...texts.map((t) => t.size)),
    lowestContrast: Math.min(...texts.map((t) => t.contrast)),
    screens,
    conclusionScreens,
    texts: texts.length
  }
}
