/**
 * 隐私接口调用结果：WeChat's refusals turned into values, shared by privacy.weapp.ts and privacy.h5.ts.
 */

/** The id of the sheet's agree button; WeChat checks that the button with this id was tapped. */
export const AGREE_BUTTON_ID = 'privacy-agree'

export type PrivacyFailureCode = 'privacy_declined' | 'permission_denied' | 'failed'
export type PrivacyCallResult<T> = { ok: true; value: T } | { ok: false; code: PrivacyFailureCode; errMsg: string }

/**
 * WeChat's answers: errno 104 "privacy permission is not authorized" when the person declined the
 * privacy guide, "auth deny" when they refused the API's own permission (e.g. the calendar).
 */
export function failureOfPrivacyCall(err: unknown): { ok: false; code: PrivacyFailureCode; errMsg: string } {
  const e = (err ?? {}) as { errMsg?: unknown; errno?: unknown; message?: unknown }
  const errMsg = String(e.errMsg ?? e.message ?? err)
  if (e.errno === 104 || /privacy permission is not authorized/.test(errMsg)) return { ok: false, code: 'privacy_declined', errMsg }
  if (/auth den(y|ied)|authorize no response/.test(errMsg)) return { ok: false, code: 'permission_denied', errMsg }
  return { ok: false, code: 'failed', errMsg }
}

/** Starts `call` now (inside the caller's tap) and turns its outcome into a value. */
export function outcomeOfPrivacyCall<T>(call: () => Promise<T>): Promise<PrivacyCallResult<T>> {
  let started: Promise<T>
  try {
    started = call()
  } catch (err) {
    return Promise.resolve(failureOfPrivacyCall(err))
  }
  return Promise.resolve(started).then((value): PrivacyCallResult<T> => ({ ok: true, value }), failureOfPrivacyCall)
}
