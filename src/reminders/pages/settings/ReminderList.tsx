import { View } from '@tarojs/components'
import { Card } from '@/components/Card'
import { zhCNReminders } from '@/i18n/reminders'
import { formatBeijing } from '@/services/beijingTime'
import type { ServerReminder } from '@/services/reminders'

/** 服务器上的提醒及其状态（已安排 / 已发送 / 需要重新授权 / 发送失败 / 已过期 / 已取消）。 */
export function ReminderList({ reminders }: { reminders: readonly ServerReminder[] }) {
  const m = zhCNReminders
  return (
    <Card title={m.settings.scheduledTitle} testId='reminder-list'>
      {reminders.length === 0 ? <View>{m.settings.noneScheduled}</View> : null}
      {reminders.map((r) => (
        <View key={r.key} className='reminder-row' data-testid='reminder-row'>
          <View>{m.settings.reminderLine(r.title, formatBeijing(r.fireAt))}</View>
          <View className={`reminder-row__state reminder-row__state--${r.state}`}>{m.stateName[r.state] ?? r.state}</View>
        </View>
      ))}
    </Card>
  )
}
