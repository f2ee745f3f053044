/**
 * WeChat's privacy gate (wechat-platform.md §2.8, wx.onNeedPrivacyAuthorization.md) and the
 * scope authorisations that sit behind it.
 *
 * A privacy API called before the person agreed stays pending while:
 * - the app's own sheet is asked, through the last listener given to onNeedPrivacyAuthorization;
 *   resolve({ event: 'agree', buttonId }) lets the call continue only if a button with that id and
 *   open-type="agreePrivacyAuthorization" was tapped; resolve({ event: 'disagree' }) fails it with
 *   "<api>:fail privacy permission is not authorized" (errno 104);
 * - or WeChat's own popup is shown instead: when no listener is registered, and, from base library
 *   3.4.2, for APIs that have their own authorisation popup (the privacy tick is folded into it).
 * An API missing from the 用户隐私保护指引 fails outright ("api scope is not declared in the privacy
 * agreement", errno 112) and is reported as a problem: the console declaration is out of date.
 */
import { wxFail } from './apiKit.mjs'
import { versionAtLeast } from './system.mjs'

/** The scope each privacy API needs on top of the privacy agreement, if any. */
export const SCOPE_OF = {
  addPhoneCalendar: 'scope.addPhoneCalendar', addPhoneRepeatCalendar: 'scope.addPhoneCalendar',
  saveImageToPhotosAlbum: 'scope.writePhotosAlbum', saveVideoToPhotosAlbum: 'scope.writePhotosAlbum',
  addPhoneContact: 'scope.addPhoneContact', getLocation: 'scope.userLocation', startRecord: 'scope.record'
}

/**
 * @param {object} o
 * @param {string} o.baseLibrary
 * @param {Set<string>} o.declared       the privacy APIs the operator declared in the MP console
 * @param {object} o.user                scripted answers (harness.mjs `user`)
 * @param {(kind: string, msg: string) => void} o.problem
 * @param {(label: string, fn: () => unknown) => unknown} o.guard
 */
export function createPrivacy(kit, { baseLibrary, declared, user, problem, guard, agreed = false, contractName = '《应诉助手小程序隐私保护指引》' }) {
  const state = { agreed, listener: null, agreeTaps: new Set(), popups: [], exposures: 0, contractOpened: 0, authSetting: {} }
  const supported = versionAtLeast(baseLibrary, '2.32.3')
  const folded = versionAtLeast(baseLibrary, '3.4.2')

  async function askScope(api) {
    const scope = SCOPE_OF[api]
    if (!scope || state.authSetting[scope] === true) return true
    if (state.authSetting[scope] === false) return wxFail(api, 'auth deny')
    state.popups.push({ kind: 'scope', api, scope })
    const allow = (user.authorize?.[scope] ?? 'allow') === 'allow'
    state.authSetting[scope] = allow
    return allow ? true : wxFail(api, 'auth deny')
  }

  function askOwnSheet(api) {
    const listener = state.listener
    return kit.waitForUser(new Promise((done) => {
      let answered = false
      const resolve = (reply = {}) => {
        if (reply.event === 'exposureAuthorization') { state.exposures++; return }
        if (answered) return
        answered = true
        if (reply.event === 'agree' && state.agreeTaps.has(reply.buttonId)) done(true)
        else if (reply.event === 'agree') done(wxFail(api, 'privacy permission is not authorized or buttonId is wrong', 104))
        else done(wxFail(api, 'privacy permission is not authorized', 104))
      }
      state.popups.push({ kind: 'app sheet', api })
      guard('onNeedPrivacyAuthorization listener', () => listener(resolve, { referrer: api }))
    }))
  }

  /** Runs before a privacy API: true to go on, or the fail object to hand back. */
  async function check(api) {
    if (!supported) return askScope(api)
    if (!declared.has(api)) {
      problem('privacy', `wx.${api} is a privacy API but the privacy declaration (src/privacy/declaration.ts) does not list it; WeChat disables it`)
      return wxFail(api, 'api scope is not declared in the privacy agreement', 112)
    }
    if (!state.agreed) {
      const scope = SCOPE_OF[api]
      const foldedIntoScopePopup = folded && scope && state.authSetting[scope] === undefined
      if (foldedIntoScopePopup || !state.listener) {
        state.popups.push({ kind: 'WeChat popup', api })
        if ((user.officialPrivacyPopup ?? 'agree') !== 'agree') return wxFail(api, 'privacy permission is not authorized', 104)
        state.agreed = true
        if (foldedIntoScopePopup) {
          state.authSetting[scope] = (user.authorize?.[scope] ?? 'allow') === 'allow'
          if (!state.authSetting[scope]) return wxFail(api, 'auth deny')
        }
      } else {
        const answer = await askOwnSheet(api)
        if (answer !== true) return answer
      }
    }
    return askScope(api)
  }

  const apis = {
    getSetting: kit.asyncApi('getSetting', (o) => ({ authSetting: { ...state.authSetting }, ...(o.withSubscriptions ? { subscriptionsSetting: { mainSwitch: true, itemSettings: {} } } : {}) })),
    openSetting: kit.asyncApi('openSetting', () => ({ authSetting: { ...state.authSetting } })),
    authorize: kit.asyncApi('authorize', async ({ scope }) => {
      const api = Object.keys(SCOPE_OF).find((a) => SCOPE_OF[a] === scope) ?? 'authorize'
      const res = await askScope(api)
      if (res !== true) throw wxFail('authorize', 'auth deny')
    })
  }
  if (supported) {
    Object.assign(apis, {
      getPrivacySetting: kit.asyncApi('getPrivacySetting', () => ({ needAuthorization: !state.agreed, privacyContractName: contractName })),
      onNeedPrivacyAuthorization: kit.syncApi('onNeedPrivacyAuthorization', (listener) => { state.listener = listener }),
      requirePrivacyAuthorize: kit.asyncApi('requirePrivacyAuthorize', async () => {
        if (state.agreed) return
        const answer = state.listener ? await askOwnSheet('requirePrivacyAuthorize') : true
        if (answer !== true) throw answer
        state.agreed = true
      }),
      openPrivacyContract: kit.asyncApi('openPrivacyContract', () => { state.contractOpened++ })
    })
  }
  return {
    state,
    check,
    apis,
    /** The person tapped a <button open-type="agreePrivacyAuthorization" id=…>: WeChat records consent. */
    agreeButtonTapped(id) {
      if (!supported) return
      state.agreeTaps.add(id)
      state.agreed = true
    }
  }
}
