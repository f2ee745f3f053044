/** 微信登录（小程序）：wx.login 取一次性 code（5 分钟内有效，只能用一次，wechat-platform.md §2.5）。 */
import Taro from '@tarojs/taro'
import type { LoginCodeResult } from './wechatLogin.h5'

export type { LoginCodeResult } from './wechatLogin.h5'

export async function getLoginCode(): Promise<LoginCodeResult> {
  try {
    const res = await Taro.login()
    return res.code ? { ok: true, code: res.code } : { ok: false, code: 'login_unavailable' }
  } catch {
    return { ok: false, code: 'login_unavailable' }
  }
}
