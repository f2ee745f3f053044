/**
 * 隐私授权的流程（与平台无关的部分）：WeChat holds a privacy API call until the person agrees to
 * the 隐私保护指引 (wechat-platform.md §2.8). It tells us through onNeedPrivacyAuthorization; we
 * show our own calm sheet (components/PrivacySheet) on the page the person is looking at, and answer
 * WeChat with their choice. The platform side is a small port so page tests can drive it.
 *
 * - Only a page that shows a sheet can answer: the sheet registers itself while its page is shown.
 *   If WeChat asks while no sheet is shown, the call is declined (the feature reports a failure) and
 *   a console error says which page is missing its sheet (the weapp harness fails on it).
 * - getPrivacySetting is read when a sheet's page is shown, before any privacy API can run there,
 *   for the guide's name and whether consent is still needed.
 */
import { privacyTypeOfApi, type PrivacyDataType } from './declaration'

/** How we answer WeChat (wx.onNeedPrivacyAuthorization's resolve). */
export type PrivacyReply = { event: 'agree'; buttonId: string } | { event: 'disagree' } | { event: 'exposureAuthorization' }

/** What the platform offers; absent on H5 and on base libraries older than 2.32.3. */
export interface PrivacyPort {
  readSetting(): Promise<{ needAuthorization: boolean; contractName: string } | null>
  listen(listener: (reply: (r: PrivacyReply) => void, referrer: string) => void): void
  openContract(): Promise<boolean>
}

export interface PrivacyRequest {
  /** The API WeChat is holding, e.g. 'addPhoneCalendar'. */
  referrer: string
  /** Its declared data type; undefined for an API the declaration does not cover. */
  type: PrivacyDataType | undefined
}

export interface PrivacyState {
  request: PrivacyRequest | null
  contractName: string | null
  needAuthorization: boolean | null
}

export interface PrivacyGate {
  /** Whether this platform has a privacy flow at all (false on H5 and old base libraries). */
  available(): boolean
  state(): PrivacyState
  subscribe(listener: () => void): () => void
  /** Reads wx.getPrivacySetting again (the guide's name, whether consent is still needed). */
  refreshSetting(): void
  /** A sheet's page was shown; returns the call for when it is hidden or unmounted. */
  showHost(): () => void
  /** After WeChat's agree-button event: let the held call go on. */
  agree(buttonId: string): void
  /** The person chose not to: the held call fails, the app goes on without that feature. */
  decline(): void
  openContract(): Promise<boolean>
  /** Forgets everything (a test swapping the port). */
  reset(): void
}

export function createPrivacyGate(port: () => PrivacyPort | null): PrivacyGate {
  let state: PrivacyState = { request: null, contractName: null, needAuthorization: null }
  let replies: ((r: PrivacyReply) => void)[] = []
  let hosts = 0
  let listeningTo: PrivacyPort | null = null
  const listeners = new Set<() => void>()
  const set = (patch: Partial<PrivacyState>) => {
    state = { ...state, ...patch }
    for (const l of listeners) l()
  }

  function onNeed(reply: (r: PrivacyReply) => void, referrer: string) {
    if (hosts === 0) {
      console.error(`privacy: WeChat asked for consent to ${referrer} on a page without a PrivacySheet; declined`)
      reply({ event: 'disagree' })
      return
    }
    replies.push(reply)
    reply({ event: 'exposureAuthorization' })
    set({ request: { referrer, type: privacyTypeOfApi(referrer) } })
  }

  function refreshSetting() {
    void port()?.readSetting().then((s) => { if (s) set({ contractName: s.contractName, needAuthorization: s.needAuthorization }) })
  }

  function answer(r: PrivacyReply, patch: Partial<PrivacyState>) {
    const waiting = replies
    replies = []
    set({ request: null, ...patch })
    for (const reply of waiting) reply(r)
  }

  return {
    available: () => port() !== null,
    state: () => state,
    subscribe(listener) {
      listeners.add(listener)
      return () => { listeners.delete(listener) }
    },
    refreshSetting,
    showHost() {
      const p = port()
      if (!p) return () => undefined
      if (listeningTo !== p) { p.listen(onNeed); listeningTo = p }
      hosts++
      refreshSetting()
      let shown = true
      return () => {
        if (!shown) return
        shown = false
        hosts--
        // A sheet that goes away with a question open must not leave WeChat's call hanging.
        if (hosts === 0 && replies.length > 0) answer({ event: 'disagree' }, {})
      }
    },
    agree(buttonId) {
      if (replies.length > 0) answer({ event: 'agree', buttonId }, { needAuthorization: false })
    },
    decline() {
      if (replies.length > 0) answer({ event: 'disagree' }, {})
    },
    openContract: () => port()?.openContract() ?? Promise.resolve(false),
    reset() {
      replies = []
      hosts = 0
      listeningTo = null
      state = { request: null, contractName: null, needAuthorization: null } // no re-render: nothing is mounted for the old port
    }
  }
}
