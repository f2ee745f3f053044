/**
 * How every fake wx API behaves the way WeChat's do:
 * - it is recorded (name, arguments without the callbacks, whether it ran inside a tap, the page);
 * - results arrive asynchronously through success / fail / complete, or, when none of the three is
 *   passed, through a Promise of the sandbox's realm ("异步 API 返回 Promise");
 * - an API that WeChat only allows in a tap fails with WeChat's errMsg when it is called outside the
 *   synchronous run of a dispatched tap;
 * - a privacy API first passes the privacy gate (privacy.mjs), which may wait for the user.
 */

/** WeChat documents these with "限制：仅在点击行为时调用" (wechat-platform.md §2.1, §2.7; shareFileMessage.md). */
export const TAP_ONLY_APIS = new Set([
  'requestSubscribeMessage', 'addPhoneCalendar', 'addPhoneRepeatCalendar', 'shareFileMessage',
  'shareVideoMessage', 'openSetting', 'saveFileToDisk'
])

const isCallbackStyle = (options) => options && ['success', 'fail', 'complete'].some((k) => typeof options[k] === 'function')

function withoutCallbacks(options) {
  if (!options || typeof options !== 'object') return options
  const { success: _s, fail: _f, complete: _c, ...rest } = options
  return JSON.parse(JSON.stringify(rest))
}

/**
 * @param {object} env
 * @param {() => PromiseConstructor} env.SandboxPromise  the sandbox's Promise (app code may test instanceof)
 * @param {(fn: () => void, ms?: number) => void} env.later  runs fn later inside the harness's error guard
 * @param {(label: string, fn: () => unknown) => unknown} env.guard  runs app code, recording what it throws
 * @param {() => boolean} env.inTap
 * @param {() => string | undefined} env.route
 * @param {Array} env.calls  the call log
 * @param {{ check(api: string): Promise<true | {errMsg: string, errno?: number}> }} env.privacy
 * @param {(kind: string, message: string) => void} env.problem
 * @param {(op: Promise<unknown>) => void} env.track  counts an in-flight operation for settle()
 * @param {<T>(p: Promise<T>) => Promise<T>} env.waitForUser  marks an operation that waits for the person
 *   (a modal, a permission popup): settle() does not wait for those
 */
export function createApiKit(env) {
  /**
   * Wraps `impl(options, call)` (returns a value or a Promise; throws or rejects with
   * `{ errMsg, errno? }` to fail) into a wx-style asynchronous API.
   */
  function asyncApi(name, impl, { tapOnly = TAP_ONLY_APIS.has(name), privacy = false, returns, promiseStyle = true } = {}) {
    return function wxApi(options = {}) {
      const call = { api: name, args: withoutCallbacks(options), inTap: env.inTap(), route: env.route(), result: undefined }
      env.calls.push(call)
      const callbackStyle = isCallbackStyle(options)
      let settle
      const P = env.SandboxPromise()
      const promise = callbackStyle || !promiseStyle ? undefined : new P((resolve, reject) => { settle = { resolve, reject } })
      const finish = (ok, res) => {
        call.result = { ok, ...res }
        env.later(() => {
          if (ok) env.guard(`${name} success callback`, () => options.success?.(res))
          else env.guard(`${name} fail callback`, () => options.fail?.(res))
          env.guard(`${name} complete callback`, () => options.complete?.(res))
          if (settle) (ok ? settle.resolve : settle.reject)(res)
        })
      }
      if (tapOnly && !call.inTap) {
        const errMsg = `${name}:fail can only be invoked by user TAP gesture`
        env.problem('tap-gesture', `wx.${name} was called outside the synchronous run of a tap (after an await, a timer or a callback); on a phone it fails: "${errMsg}"`)
        finish(false, { errMsg })
        return promise ?? returns?.()
      }
      const run = async () => {
        if (privacy) {
          const gate = await env.privacy.check(name)
          if (gate !== true) return finish(false, gate)
        }
        try {
          const res = await impl(options, call)
          finish(true, { errMsg: `${name}:ok`, ...res })
        } catch (err) {
          finish(false, err && typeof err.errMsg === 'string' ? err : { errMsg: `${name}:fail ${err?.message ?? err}` })
        }
      }
      env.track(run())
      return promise ?? returns?.()
    }
  }

  /** A synchronous API; `impl` throws `new Error('name:fail …')` like WeChat's *Sync APIs. */
  function syncApi(name, impl, { record = true } = {}) {
    return function wxSyncApi(...args) {
      if (record) env.calls.push({ api: name, args: JSON.parse(JSON.stringify(args ?? null)), inTap: env.inTap(), route: env.route() })
      return impl(...args)
    }
  }

  return { asyncApi, syncApi, waitForUser: env.waitForUser }
}

/** The error object a failed wx call hands to `fail`. */
export const wxFail = (name, reason, errno) => ({ errMsg: `${name}:fail ${reason}`, ...(errno === undefined ? {} : { errno }) })
