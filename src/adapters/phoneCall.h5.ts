/**
 * 拨打电话（H5）：打开 tel: 链接，手机浏览器会弹出拨号；电脑上什么也不发生，号码仍在页面上可见。
 */
export function callPhone(number: string): void {
  if (typeof window === 'undefined') return
  window.location.href = `tel:${number}`
}
