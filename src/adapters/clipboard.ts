/**
 * 复制文字（小程序 wx.setClipboardData，H5 上 Taro 用浏览器的复制）。剪贴板是隐私接口（wechat-platform.md §2.8），
 * 只在用户点“复制”时调用，并经过隐私授权（src/privacy）：这必须是点击里的第一个调用。
 */
import Taro from '@tarojs/taro'
import type { PrivacyFailureCode } from './privacyCall'
import { callPrivacyApiOnTap } from './privacy'

export type CopyOutcome = { ok: true } | { ok: false; code: PrivacyFailureCode }

export function copyText(text: string): Promise<CopyOutcome> {
  return callPrivacyApiOnTap('clipboard', () => Taro.setClipboardData({ data: text }))
    .then((r): CopyOutcome => (r.ok ? { ok: true } : { ok: false, code: r.code }))
}
