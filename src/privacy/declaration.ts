/**
 * 隐私声明：应诉助手调用的每一个微信隐私接口，以及它处理的信息类型。这是唯一的一处：
 * the 关于 page lists these types, the privacy sheet explains them, the README tells the operator
 * what to tick in the MP console (设置 → 服务内容声明 → 用户隐私保护指引), and the weapp harness
 * (tests/weapp/) fails when the built code calls a privacy API that is not listed here.
 *
 * WeChat disables any privacy API the console does not declare (wechat-platform.md §2.8). The
 * API-to-type table is WeChat's own ("小程序用户隐私保护指引内容介绍", miniprogram-intro.html):
 * openDocument, shareFileMessage, makePhoneCall, requestSubscribeMessage, the file system manager
 * and saveFileToDisk are not on it, so they need no declaration.
 * Pure data, no platform imports: the harness reads this file in Node.
 */

/** 本应用处理的信息类型（与下表一一对应）。 */
export type PrivacyDataType = 'calendar' | 'photos' | 'clipboard'

export interface PrivacyDeclaration {
  type: PrivacyDataType
  /** The wx APIs of this type that the app may call. */
  apis: readonly string[]
  /** WeChat's wording of the item in the console's 用户隐私保护指引 (operators tick exactly this). */
  consoleItem: string
  /** The subpackage whose pages call these APIs; the harness expects a call once that package exists. */
  usedIn: string
}

export const privacyDeclarations: readonly PrivacyDeclaration[] = [
  // 提醒我 → 加入手机日历（案件详情页）。Writes one event; never reads the calendar.
  { type: 'calendar', apis: ['addPhoneCalendar', 'addPhoneRepeatCalendar'], consoleItem: '使用你的日历（仅写入）权限', usedIn: 'case' },
  // 证据清单里给证据拍照或从相册选照片，保存在手机上（prepare/）；催收记录的截图也一样（collection/）。
  { type: 'photos', apis: ['chooseMedia', 'chooseImage'], consoleItem: '收集你选中的照片或视频信息', usedIn: 'prepare' },
  // 复制文书内容或法院电话（documents/）。
  { type: 'clipboard', apis: ['setClipboardData', 'getClipboardData'], consoleItem: '读取你的剪切板', usedIn: 'documents' }
]

/** Every privacy API WeChat lists (miniprogram-intro.html, "开发者处理的信息"), for the harness's scan. */
export const wechatPrivacyApis: readonly string[] = [
  'getUserInfo', 'getUserProfile', 'getLocation', 'startLocationUpdate', 'startLocationUpdateBackground', 'getFuzzyLocation',
  'choosePoi', 'chooseLocation', 'chooseAddress', 'chooseInvoiceTitle', 'chooseInvoice', 'getWeRunData', 'chooseLicensePlate',
  'chooseImage', 'chooseMedia', 'chooseVideo', 'chooseMessageFile', 'startRecord', 'getRecorderManager', 'joinVoIPChat',
  'createVKSession', 'openBluetoothAdapter', 'createBLEPeripheralServer', 'saveImageToPhotosAlbum', 'saveVideoToPhotosAlbum',
  'addPhoneContact', 'addPhoneRepeatCalendar', 'addPhoneCalendar', 'startAccelerometer', 'startCompass',
  'startDeviceMotionListening', 'startGyroscope', 'setClipboardData', 'getClipboardData'
]

/** The declared type of a privacy API, or undefined when the declaration does not cover it. */
export function privacyTypeOfApi(api: string): PrivacyDataType | undefined {
  return privacyDeclarations.find((d) => d.apis.includes(api))?.type
}
