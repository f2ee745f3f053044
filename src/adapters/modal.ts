import Taro from '@tarojs/taro'

export type ConfirmOptions = { title: string; content: string; confirmText: string; cancelText: string; danger?: boolean }

/** 系统确认框；用户点确认返回 true，取消或关闭返回 false。 */
export async function confirmAction(options: ConfirmOptions): Promise<boolean> {
  try {
    const result = await Taro.showModal({
      title: options.title,
      content: options.content,
      confirmText: options.confirmText,
      cancelText: options.cancelText,
      confirmColor: options.danger ? '#fa5151' : '#07c160'
    })
    return result.confirm
  } catch {
    return false
  }
}
