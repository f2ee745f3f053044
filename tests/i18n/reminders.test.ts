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
    expect(Object.values(zhCNReminders.stateName)).toEqual(['已安排', '已安排', '已发送', '需要重新授权', '发送失败', '已过期', '已取消'])
    expect(zhCNReminders.settings.creditsLine('开庭', 2)).toBe('还能收到 2 条开庭提醒')
  })
})
