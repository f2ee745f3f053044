import Taro, { useDidShow, useLoad } from '@tarojs/taro'

/** 页面生命周期：页面从这里取，不直接依赖 @tarojs/taro。 */
export { useDidShow as usePageShow, useLoad as usePageLoad }

/** 页面参数（查询串里的值，Taro 已解码一次）。 */
export type PageParams = Record<string, string | undefined>

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
