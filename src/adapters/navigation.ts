import Taro from '@tarojs/taro'
import type { Route } from '@/routes'

function urlOf(route: Route, params: Record<string, string>): string {
  const query = Object.entries(params)
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`)
    .join('&')
  return query ? `${route}?${query}` : route
}

/** 打开一个页面；参数会被编码进查询串。 */
export function openPage(route: Route, params: Record<string, string> = {}): void {
  void Taro.navigateTo({ url: urlOf(route, params) })
}

/** 用新页面替换当前页（保存表单后去详情页：返回键不再回到填完的表单）。 */
export function replacePage(route: Route, params: Record<string, string> = {}): void {
  void Taro.redirectTo({ url: urlOf(route, params) })
}

/**
 * 回到上一页，如果上一页正是 route（修改案件后回到它的详情页，详情页在显示时重新读取）；
 * 否则（例如在浏览器里直接刷新了表单页，没有上一页）用 route 替换当前页。
 */
export function returnTo(route: Route, params: Record<string, string> = {}): void {
  const pages = Taro.getCurrentPages()
  const previous = pages.length > 1 ? pages[pages.length - 2] : undefined
  if (previous && `/${String(previous.route ?? '').replace(/^\//, '')}` === route) void Taro.navigateBack()
  else replacePage(route, params)
}

/** 关掉所有页面，从某页重新开始（删除案件后回首页）。 */
export function restartAt(route: Route): void {
  void Taro.reLaunch({ url: route })
}
