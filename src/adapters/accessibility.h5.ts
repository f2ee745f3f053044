/** 浏览器版：role / aria-* 直接写在 DOM 上，不需要登记。 */
export const ariaRegistered = true

/**
 * Taro 的每一页在自己的滚动容器（.taro_page）里滚动，不是整个文档。只用键盘的人要能把焦点放到它上面才能滚动
 * （WCAG 2.1.1；axe 的 scrollable-region-focusable）。页面是路由器创建的，所以在它出现时补上 tabindex。
 */
function focusablePages(added: Node) {
  if (added instanceof HTMLElement && added.classList.contains('taro_page') && !added.hasAttribute('tabindex')) added.setAttribute('tabindex', '0')
}
if (typeof MutationObserver !== 'undefined' && typeof document !== 'undefined') {
  new MutationObserver((changes) => { for (const change of changes) change.addedNodes.forEach(focusablePages) })
    .observe(document.documentElement, { childList: true, subtree: true })
}
