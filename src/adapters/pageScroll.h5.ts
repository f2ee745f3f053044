/**
 * 页面滚动与焦点（浏览器版）。同一个页面里换“步”时页面不会重新打开，滚动位置会留在上一步的位置；
 * 校验失败时错误可能在屏幕外。这里把页面滚回顶部、把第一处错误滚到眼前并让它获得焦点。
 * Taro 的 H5 页面可能滚动 window，也可能滚动 .taro_page 容器，两者都处理。
 */

/** 回到页面顶部（换到下一步时）。 */
export function scrollPageToTop(): void {
  if (typeof window === 'undefined') return
  window.scrollTo(0, 0)
  document.querySelectorAll<HTMLElement>('.taro_page, .taro_router').forEach((el) => { el.scrollTop = 0 })
}

/**
 * 把 id 为 elementId 的一项滚到屏幕中间（at: 'top' 时滚到屏幕顶上，给比一屏还高的一段用：结果、一节问题），
 * 并把焦点放到它的输入框上（没有输入框时放到这一项本身，读屏会念出它的标题和错误）。
 */
export function revealElement(elementId: string, options: { at?: 'center' | 'top' } = {}): void {
  if (typeof document === 'undefined') return
  const all = document.querySelectorAll<HTMLElement>(`[id="${elementId}"]`)
  const el = all[all.length - 1] // 页面栈里较早的页面可能还留在 DOM 里；最新的在最后
  if (!el) return
  el.scrollIntoView?.({ block: options.at === 'top' ? 'start' : 'center' })
  const target = el.querySelector<HTMLElement>('input, [role="radio"], [role="checkbox"]') ?? el
  if (!target.hasAttribute('tabindex') && target.tagName !== 'INPUT') target.setAttribute('tabindex', '-1')
  target.focus({ preventScroll: true })
}
