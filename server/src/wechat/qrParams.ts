/**
 * Checks getwxacodeunlimit parameters before any network call (wechat-platform.md §2.6),
 * so a bad scene fails fast with a readable reason instead of WeChat's 40169. PURE.
 */
import type { QrCodeRequest } from './types.ts'

export const SCENE_MAX = 32
/** Visible characters WeChat allows in scene; '%' is not among them, so Chinese needs another encoding. */
const SCENE_CHARS = /^[0-9A-Za-z!#$&'()*+,/:;=?@\-._~]+$/
const PAGE = /^[0-9A-Za-z_\-.]+(?:\/[0-9A-Za-z_\-.]+)*$/

export type QrParamCheck = { ok: true } | { ok: false; field: 'scene' | 'page' | 'width'; reason: string }

export function checkQrParams(p: QrCodeRequest): QrParamCheck {
  if (p.scene.length === 0 || p.scene.length > SCENE_MAX) {
    return { ok: false, field: 'scene', reason: `scene 长度应为 1–${SCENE_MAX} 个字符，当前 ${p.scene.length}` }
  }
  if (!SCENE_CHARS.test(p.scene)) {
    return { ok: false, field: 'scene', reason: "scene 只能含 0-9 A-Z a-z 和 !#$&'()*+,/:;=?@-._~（不支持 % 和中文）" }
  }
  if (p.page !== undefined) {
    if (p.page.startsWith('/')) return { ok: false, field: 'page', reason: 'page 不能以 / 开头，例如 pages/index/index' }
    if (p.page.includes('?')) return { ok: false, field: 'page', reason: 'page 不能带参数，参数请放进 scene' }
    if (!PAGE.test(p.page)) return { ok: false, field: 'page', reason: `page 不是有效的页面路径：${p.page}` }
  }
  if (p.width !== undefined && (!Number.isInteger(p.width) || p.width < 280 || p.width > 1280)) {
    return { ok: false, field: 'width', reason: 'width 应为 280–1280 的整数' }
  }
  return { ok: true }
}
