/**
 * 隐私授权（H5）：浏览器里没有微信的隐私授权，这里的流程是空的——the sheet never shows and privacy
 * APIs are called directly. Page tests give the gate a fake port (setPrivacyPortForTests) to drive
 * the sheet the way WeChat would.
 */
import { createPrivacyGate, type PrivacyPort } from '@/privacy/privacyGate'
import type { PrivacyDataType } from '@/privacy/declaration'
import { outcomeOfPrivacyCall, type PrivacyCallResult } from './privacyCall'

export { AGREE_BUTTON_ID, type PrivacyCallResult, type PrivacyFailureCode } from './privacyCall'

let testPort: PrivacyPort | null = null
export const privacyGate = createPrivacyGate(() => testPort)

/** 测试里换成模拟的微信隐私接口；传 null 恢复（H5 没有隐私流程）。 */
export function setPrivacyPortForTests(port: PrivacyPort | null): void {
  testPort = port
  privacyGate.reset()
}

/** 见 privacy.weapp.ts。H5 上没有隐私授权，直接调用。 */
export function callPrivacyApiOnTap<T>(type: PrivacyDataType, call: () => Promise<T>): Promise<PrivacyCallResult<T>> {
  void type
  return outcomeOfPrivacyCall(call)
}

/** Whether the 关于 page can open WeChat's page with the full 隐私保护指引. */
export function canOpenPrivacyContract(): boolean {
  return privacyGate.available()
}
