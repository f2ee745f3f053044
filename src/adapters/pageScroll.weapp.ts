/**
 * 页面滚动（小程序）：wx.pageScrollTo。焦点由输入框自己的 focus 属性给（见 TextInput），
 * 小程序不能用脚本把焦点放到任意元素上。
 */
import Taro from '@tarojs/taro'

/** 回到页面顶部（换到下一步时）。 */
export function scrollPageToTop(): void {
  void Taro.pageScrollTo({ scrollTop: 0, duration: 0 }).catch(() => undefined)
}

/** 把 id 为 elementId 的一项滚到屏幕上（留出一点上边距，标题不贴着导航栏；本来就是滚到顶上，options 不用）。 */
export function revealElement(elementId: string, _options: { at?: 'center' | 'top' } = {}): void {
  void Taro.pageScrollTo({ selector: `#${elementId}`, offsetTop: -80, duration: 200 }).catch(() => undefined)
}
