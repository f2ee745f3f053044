import { View } from '@tarojs/components'
import { useState } from 'react'
import { Card } from '@/components/Card'
import { zhCNReminders } from '@/i18n/reminders'
import { formatBeijing } from '@/services/beijingTime'
import type { Coverage } from '@/services/reminderCoverage'
import type { ServerReminder } from '@/services/reminders'
import './ReminderList.css'

/**
 * 服务器上的提醒。待发的每一条都说清楚能不能真的发出（已安排 / 还需再允许 1 次）；
 * 已取消的（比如删掉的案件留下的）收在折叠里，不和要发的混在一起。
 */
export function ReminderList({ reminders, coverage }: { reminders: readonly ServerReminder[]; coverage: Coverage }) {
  const m = zhCNReminders
  const [showCancelled, setShowCancelled] = useState(false)
  const active = reminders.filter((r) => r.state !== 'cancelled')
  const cancelled = reminders.filter((r) => r.state === 'cancelled')
  const stateText = (r: ServerReminder): string => {
    if (coverage.covered.has(r.key)) return m.settings.coveredState
    if (coverage.uncovered.has(r.key)) return m.settings.uncoveredState
    if (coverage.turnedOff.has(r.key)) return m.settings.turnedOffState
    if (r.state === 'sent' && r.deliveryConfirmed) return m.settings.deliveredState
    return m.stateName[r.state] ?? r.state
  }
  const stateClass = (r: ServerReminder): string => (coverage.uncovered.has(r.key) || coverage.turnedOff.has(r.key) ? 'uncovered' : r.state)
  const row = (r: ServerReminder, testId: string) => (
    <View key={r.key} className='reminder-row' data-testid={testId}>
      <View>{m.settings.reminderLine(r.title, formatBeijing(r.fireAt))}</View>
      <View className={`reminder-row__state reminder-row__state--${stateClass(r)}`}>{stateText(r)}</View>
    </View>
  )
  return (
    <Card title={m.settings.scheduledTitle} testId='reminder-list'>
      {active.length === 0 ? <View>{m.settings.noneScheduled}</View> : null}
      {active.map((r) => row(r, 'reminder-row'))}
      {cancelled.length > 0 ? (
        <View
          className='reminder-fold'
          role='button'
          aria-role='button'
          aria-expanded={showCancelled}
          data-testid='cancelled-fold'
          onClick={() => setShowCancelled(!showCancelled)}
        >
          {showCancelled ? m.settings.cancelledFoldOpen : m.settings.cancelledFold(cancelled.length)}
        </View>
      ) : null}
      {showCancelled ? cancelled.map((r) => row(r, 'cancelled-row')) : null}
    </Card>
  )
}
