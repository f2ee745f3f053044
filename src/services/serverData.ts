/**
 * 服务器上可能有关于这个用户的数据吗？用过微信提醒（手机上留有提醒服务的会话记录，过期的也算）就可能有。
 * 首页据此决定显示“微信提醒设置”（那里能删除服务器上的数据），与手机上还有没有案件无关：
 * 删掉最后一个案件后，服务器上的提醒数据仍在。
 * 这个文件在主包里，只看键在不在，不引入提醒服务的其余代码（主包体积预算）。
 */
import type { KeyValueStore } from '@/adapters/storage'

/** 与 services/reminderSession.ts 的 SESSION_KEY 相同（tests/services/serverData.test.ts 核对两者一致）。 */
const REMINDER_SESSION_KEY = 'yingsu.reminderSession'

export function serverMayHoldData(store: KeyValueStore): boolean {
  return store.get(REMINDER_SESSION_KEY) !== undefined
}
