/**
 * Device and launch information: an iPhone-sized screen, a base library version the test chooses
 * (privacy APIs exist from 2.32.3; from 3.4.2 WeChat folds the privacy tick into its own
 * authorisation popups, wechat-platform.md §2.8), and the launch options of this start.
 */
export function versionAtLeast(version, minimum) {
  const a = version.split('.').map(Number)
  const b = minimum.split('.').map(Number)
  for (let i = 0; i < 3; i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0)
  return true
}

export function createSystem(kit, { baseLibrary, launch, appId }) {
  const windowInfo = { pixelRatio: 3, screenWidth: 375, screenHeight: 667, windowWidth: 375, windowHeight: 603, statusBarHeight: 20, safeArea: { left: 0, right: 375, top: 20, bottom: 667, width: 375, height: 647 }, screenTop: 0 }
  const deviceInfo = { brand: 'iPhone', model: 'iPhone 8', system: 'iOS 16.7', platform: 'ios', benchmarkLevel: 1 }
  const appBaseInfo = { SDKVersion: baseLibrary, version: '8.0.50', language: 'zh_CN', theme: 'light', enableDebug: false, host: { env: 'WeChat' } }
  const systemInfo = { ...windowInfo, ...deviceInfo, ...appBaseInfo, fontSizeSetting: 17 }
  const launchOptions = () => JSON.parse(JSON.stringify({ path: launch.path, query: launch.query, scene: launch.scene, referrerInfo: {}, forwardMaterials: [], chatType: 0, apiCategory: 'default' }))
  const silent = { record: false }
  return {
    getSystemInfoSync: kit.syncApi('getSystemInfoSync', () => ({ ...systemInfo }), silent),
    getSystemInfo: kit.asyncApi('getSystemInfo', () => ({ ...systemInfo })),
    getWindowInfo: kit.syncApi('getWindowInfo', () => ({ ...windowInfo }), silent),
    getDeviceInfo: kit.syncApi('getDeviceInfo', () => ({ ...deviceInfo }), silent),
    getAppBaseInfo: kit.syncApi('getAppBaseInfo', () => ({ ...appBaseInfo }), silent),
    getSystemSetting: kit.syncApi('getSystemSetting', () => ({ bluetoothEnabled: false, locationEnabled: true, wifiEnabled: true, deviceOrientation: 'portrait' }), silent),
    getAccountInfoSync: kit.syncApi('getAccountInfoSync', () => ({ miniProgram: { appId, envVersion: 'develop', version: '' } }), silent),
    getLaunchOptionsSync: kit.syncApi('getLaunchOptionsSync', launchOptions),
    getEnterOptionsSync: kit.syncApi('getEnterOptionsSync', launchOptions),
    getMenuButtonBoundingClientRect: kit.syncApi('getMenuButtonBoundingClientRect', () => ({ width: 87, height: 32, top: 24, right: 368, bottom: 56, left: 281 }), silent),
    canIUse: kit.syncApi('canIUse', () => true, silent),
    getNetworkType: kit.asyncApi('getNetworkType', () => ({ networkType: 'wifi' })),
    reportAnalytics: kit.syncApi('reportAnalytics', () => undefined),
    env: { USER_DATA_PATH: 'wxfile://usr' }
  }
}
