/**
 * 订阅消息授权（小程序）：wx.requestSubscribeMessage。
 * 只能在点击回调里调用（§2.1：“仅在点击行为时调用”，之前有 await 就会报
 * “can only be invoked by user TAP gesture”）。So this function is NOT async: it opens the dialog
 * synchronously, before it returns; call it first in the tap handler with ids you already hold.
 */
import Taro from '@tarojs/taro'
import { subscribeResultSchema } from '@/domain/reminders/reminderSchemas'
import type { SubscribeOutcome } from './subscribe.h5'

export type { SubscribeOutcome } from './subscribe.h5'
export { MAX_TEMPLATES_PER_REQUEST } from './subscribe.h5'

export function requestSubscribe(templateIds: readonly string[]): Promise<SubscribeOutcome> {
  const opened = Taro.requestSubscribeMessage({ tmplIds: [...templateIds], entityIds: [] })
  return opened.then(
    (res) => {
      const results: Record<string, 'accept' | 'reject' | 'ban' | 'filter' | 'acceptWithAudio'> = {}
      for (const id of templateIds) {
        const parsed = subscribeResultSchema.safeParse((res as Record<string, unknown>)[id])
        if (parsed.success) results[id] = parsed.data
      }
      return { ok: true as const, results }
    },
    (err: { errCode?: number }) => ({ ok: false as const, code: 'subscribe_failed' as const, ...(typeof err?.errCode === 'number' ? { errCode: err.errCode } : {}) }),
  )
}
