/**
 * 隐私授权（小程序）：wx.getPrivacySetting / onNeedPrivacyAuthorization / openPrivacyContract
 * (base library 2.32.3+; older ones have no privacy gate and call APIs directly), and the one call
 * other adapters use around a privacy API: callPrivacyApiOnTap.
 */
import { createPrivacyGate, type PrivacyPort, type PrivacyReply } from '@/privacy/privacyGate'
import type { PrivacyDataType } from '@/privacy/declaration'
import { outcomeOfPrivacyCall, type PrivacyCallResult } from './privacyCall'

export { AGREE_BUTTON_ID, type PrivacyCallResult, type PrivacyFailureCode } from './privacyCall'

type WxPrivacy = {
  getPrivacySetting?: (o: { success: (r: { needAuthorization: boolean; privacyContractName: string }) => void; fail: () => void }) => void
  onNeedPrivacyAuthorization?: (listener: (resolve: (r: PrivacyReply) => void, info?: { referrer?: string }) => void) => void
  openPrivacyContract?: (o: { success: () => void; fail: () => void }) => void
}

function wxPrivacyPort(): PrivacyPort | null {
  const api = (typeof wx === 'undefined' ? {} : wx) as unknown as WxPrivacy
  if (typeof api.onNeedPrivacyAuthorization !== 'function' || typeof api.getPrivacySetting !== 'function') return null
  return {
    readSetting: () => new Promise((resolve) => api.getPrivacySetting?.({
      success: (r) => resolve({ needAuthorization: r.needAuthorization, contractName: r.privacyContractName }),
      fail: () => resolve(null)
    })),
    listen: (listener) => api.onNeedPrivacyAuthorization?.((resolve, info) => listener(resolve, String(info?.referrer ?? ''))),
    openContract: () => new Promise((resolve) => {
      if (typeof api.openPrivacyContract !== 'function') { resolve(false); return }
      api.openPrivacyContract({ success: () => resolve(true), fail: () => resolve(false) })
    })
  }
}

let port: PrivacyPort | null | undefined
/** Read once, on first use: wx exists by then, and the base library does not change while running. */
export const privacyGate = createPrivacyGate(() => (port === undefined ? (port = wxPrivacyPort()) : port))

/**
 * 在点击里调用一个隐私接口（wx.chooseMedia、setClipboardData、addPhoneCalendar…）。
 * Call it FIRST in the tap handler, with no await before it: `call` runs before this returns, so a
 * tap-only API is still inside the tap. If the person has not agreed to the 隐私保护指引 yet, WeChat
 * holds the call while the PrivacySheet on this page asks; agreeing lets it continue, declining fails
 * it with code 'privacy_declined'. `type` must be declared in src/privacy/declaration.ts.
 * @example callPrivacyApiOnTap('photos', () => Taro.chooseMedia({ count: 9, mediaType: ['image'] }))
 */
export function callPrivacyApiOnTap<T>(type: PrivacyDataType, call: () => Promise<T>): Promise<PrivacyCallResult<T>> {
  void type // the type is for the reader and the compiler; WeChat names the API itself (referrer)
  return outcomeOfPrivacyCall(call)
}

/** Whether the 关于 page can open WeChat's page with the full 隐私保护指引. */
export function canOpenPrivacyContract(): boolean {
  return privacyGate.available()
}
