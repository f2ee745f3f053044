/**
 * The fake `wx`: every API as an own enumerable property before app.js runs (Taro copies the keys
 * of `wx` onto `Taro` once, at start-up, so an API added later would not exist for the app).
 */
import { createApiKit } from './apiKit.mjs'
import { createStorage } from './storage.mjs'
import { createSystem } from './system.mjs'
import { createUi } from './ui.mjs'
import { createNetwork } from './network.mjs'
import { createPrivacy } from './privacy.mjs'
import { createDevice } from './device.mjs'
import { createFiles } from './files.mjs'

/** App-level event registrations Taro or the app may make; kept so a test can fire them. */
const EVENT_APIS = ['onAppShow', 'onAppHide', 'onError', 'onUnhandledRejection', 'onPageNotFound', 'onThemeChange',
  'onMemoryWarning', 'onNetworkStatusChange', 'onWindowResize', 'onKeyboardHeightChange', 'onAudioInterruptionBegin']

/**
 * @param {object} env  see harness.mjs: kit env plus options
 */
export function createFakeWx(env, options) {
  const kit = createApiKit(env)
  const storage = createStorage(kit, options.storage)
  const ui = createUi(kit, env.later)
  const network = createNetwork(kit, { hosts: options.hosts, standIn: options.standIn, openid: options.openid })
  const privacy = createPrivacy(kit, { baseLibrary: options.baseLibrary, declared: options.declaredPrivacyApis, user: options.user, problem: env.problem, guard: env.guard, agreed: options.privacyAgreed })
  env.privacy.check = privacy.check
  const device = createDevice(kit, { user: options.user, ui, network, problem: env.problem })
  const files = createFiles(kit, { user: options.user, toSandboxArrayBuffer: env.toSandboxArrayBuffer })

  const listeners = {}
  const events = {}
  for (const name of EVENT_APIS) {
    listeners[name] = []
    events[name] = kit.syncApi(name, (fn) => { listeners[name].push(fn) }, { record: false })
    events[`off${name.slice(2)}`] = kit.syncApi(`off${name.slice(2)}`, (fn) => { listeners[name] = listeners[name].filter((f) => f !== fn) }, { record: false })
  }

  const navigate = (name, pick) => kit.asyncApi(name, (o) => {
    const failed = env.navigation[name](pick(o))
    if (failed) throw failed
  })

  const wx = {
    ...createSystem(kit, { baseLibrary: options.baseLibrary, launch: options.launch, appId: options.appId }),
    ...storage.apis,
    ...ui.apis,
    ...network.apis,
    ...privacy.apis,
    ...device.apis,
    ...files.apis,
    ...events,
    navigateTo: navigate('navigateTo', (o) => o.url),
    redirectTo: navigate('redirectTo', (o) => o.url),
    reLaunch: navigate('reLaunch', (o) => o.url),
    switchTab: navigate('switchTab', (o) => o.url),
    navigateBack: navigate('navigateBack', (o) => o.delta ?? 1)
  }
  return { wx, storage, ui, privacy, device, files, listeners }
}
