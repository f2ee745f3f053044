/**
 * 复制文字（小程序 wx.setClipboardData，H5 上 Taro 用浏览器的复制）。剪贴板是隐私接口（wechat-platform.md §2.8），
 * 只在用户点“复制”时调用。
 */
import Taro from '@tarojs/taro'

export function copyText(text: string): Promise<boolean> {
  try {
    return Taro.setClipboardData({ data: text }).then(() => true, () => false)
  } catch {
    return Promise.resolve(false)
  }
}
