import Taro from '@tarojs/taro'

// The native dialog takes a hex colour, not a CSS variable: these are --c-danger and --c-brand of src/app.css
// (white dialog: 5.62 and 5.44 to 1; WeChat's own #fa5151 / #07c160 are 3.0 and 2.4).
const DANGER = '#c62828'
const BRAND = '#067a3e'

export type ConfirmOptions = { title: string; content: string; confirmText: string; cancelText: string; danger?: boolean }

/** 系统确认框；用户点确认返回 true，取消或关闭返回 false。 */
export async function confirmAction(options: ConfirmOptions): Promise<boolean> {
  try {
    const result = await Taro.showModal({
      title: options.title,
      content: options.content,
      confirmText: options.confirmText,
      cancelText: options.cancelText,
      confirmColor: options.danger ? DANGER : BRAND
    })
    return result.confirm
  } catch {
    return false
  }
}
