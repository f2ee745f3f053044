import { reminderKinds, reminderValuesSchema } from '@/domain/reminders/reminderSchemas'
import { zhCNReminders } from '@/i18n/reminders'

describe('reminder messages', () => {
  test('every message title fits a WeChat thing keyword (at most 20 characters) for every kind and day count', () => {
    for (const kind of reminderKinds) {
      for (const days of [undefined, 0, 1, 3, 15, 180]) {
        const title = zhCNReminders.messageTitle(kind, days)
        expect(Array.from(title).length).toBeLessThanOrEqual(20)
        expect(reminderValuesSchema.safeParse({ title, eventAt: '2026-03-17', note: zhCNReminders.messageNote }).success).toBe(true)
      }
    }
  })

  test('the message note and the calendar text point back to the official document and are not legal advice', () => {
    for (const text of [zhCNReminders.messageNote, zhCNReminders.calendarDescription('answer', '2026-03-17', []), zhCNReminders.settings.officialFirst]) {
      expect(text).toContain('以法院传票/通知书为准')
      expect(text).toContain('不构成法律意见')
    }
  })

  test('names every server state in Chinese, as the settings page shows it', () => {
    expect(Object.values(zhCNReminders.stateName)).toEqual(['已安排', '已安排', '已发送', '需要重新授权', '发送失败', '已过期', '已取消', '可能已送达'])
    expect(zhCNReminders.settings.creditsLine('开庭', 2)).toBe('还能收到 2 条开庭提醒')
  })

  test('words a hearing by the days left when the message is sent: 今天, 明天, or N天后', () => {
    expect(zhCNReminders.messageTitle('hearing', 0)).toBe('今天开庭，请按时到庭')
    expect(zhCNReminders.messageTitle('hearing', 1)).toBe('明天开庭，请按时到庭')
    expect(zhCNReminders.messageTitle('hearing', 3)).toBe('3天后开庭，请按时到庭')
  })

  test('explains a template turned off in WeChat with the way to turn it back on, and what 可能已送达 means', () => {
    const n = zhCNReminders.deliveryNotes
    expect(n.turnedOffLine('开庭')).toBe('「开庭」提醒已在微信里设为“拒收”，这类提醒现在收不到，点“允许”也不会再弹出授权。')
    expect(n.turnedOffHow).toContain('“设置”→“订阅消息”')
    expect(n.probablyDeliveredBody).toContain('不会再重复发送')
  })
})
