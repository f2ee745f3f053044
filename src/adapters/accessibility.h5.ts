/** 浏览器版：role / aria-* 直接写在 DOM 上，不需要登记。 */
export const ariaRegistered = true
