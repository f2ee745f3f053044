import Taro from '@tarojs/taro'
import type { Route } from '@/routes'

/** 打开一个页面；参数会被编码进查询串。 */
export function openPage(route: Route, params: Record<string, string> = {}): void {
  const query = Object.entries(params)
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`)
    .join('&')
  void Taro.navigateTo({ url: query ? `${route}?${query}` : route })
}

/** 返回上一页。 */
export function goBack(): void {
  void Taro.navigateBack()
}
