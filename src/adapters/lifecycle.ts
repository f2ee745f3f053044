import Taro, { useDidHide, useDidShow, useLoad } from '@tarojs/taro'

/** 页面参数（查询串里的值，Taro 已解码一次）。 */
export type PageParams = Record<string, string | undefined>

// 包一层函数而不是 `export { useLoad as … }`：Taro 的 H5 编译会把 Taro 的导入改写成成员访问，重新导出会编译失败。

/** 页面加载时调用一次，参数是页面的查询参数。 */
export function usePageLoad(callback: (params: PageParams) => void): void {
  useLoad(callback)
}

/** 页面每次显示时调用（包括从下一页返回）。 */
export function usePageShow(callback: () => void): void {
  useDidShow(callback)
}

let launchQueryTaken = false

/**
 * 启动参数里的 query，每次启动只给一次：扫小程序码进入时 scene 也可能只在这里（不同基础库版本表现不同），
 * 而删除案件后 reLaunch 回首页时，不能再按同一个 scene 把用户送回表单。H5 上没有启动参数，返回空对象。
 */
export function takeLaunchQuery(): PageParams {
  if (launchQueryTaken) return {}
  launchQueryTaken = true
  try {
    const options = Taro.getLaunchOptionsSync?.()
    return (options?.query ?? {}) as PageParams
  } catch {
    return {}
  }
}

/** 页面每次被遮住或切到后台时调用（打开下一页、回到微信聊天）。 */
export function usePageHide(callback: () => void): void {
  useDidHide(callback)
}
