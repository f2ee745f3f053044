import { zhCN } from './zh-CN'
import type { Messages } from './messages'

export type { Messages }

/** 当前语言的文案。目前只有简体中文；页面和组件只从这里取字符串。 */
export const t: Messages = zhCN
