/**
 * 首页据 serverMayHoldData 决定是否显示“微信提醒设置”。它在主包里，只看提醒会话的键在不在；
 * 这里用提醒服务自己的登录和“忘掉会话”来核对：两边说的是同一个键。
 */
import { setTransportForTests, type RawRequest } from '@/adapters/request'
import { setStoreForTests } from '@/adapters/storage'
import { ensureSession, forgetSession } from '@/services/reminderSession'
import { serverMayHoldData } from '@/services/serverData'
import { createMemoryStore } from '@/storage/memoryStore'

const stubService = async (req: RawRequest) => {
  if (req.url.endsWith('/__fake/login')) return { statusCode: 200, data: JSON.stringify({ code: 'code-1' }) }
  if (req.url.endsWith('/v1/session')) return { statusCode: 201, data: JSON.stringify({ token: 'token-1', expiresAt: Date.UTC(2030, 0, 1) }) }
  return { statusCode: 404, data: '{}' }
}

afterEach(() => { setTransportForTests(null); setStoreForTests(null) })

describe('serverMayHoldData', () => {
  test('is false on a phone that never used reminders, true once it logged in to the reminder service, false after forgetting the session', async () => {
    const store = createMemoryStore()
    setStoreForTests(store)
    setTransportForTests(stubService)
    expect(serverMayHoldData(store)).toBe(false)
    expect((await ensureSession()).ok).toBe(true)
    expect(serverMayHoldData(store)).toBe(true)
    forgetSession()
    expect(serverMayHoldData(store)).toBe(false)
  })
})
