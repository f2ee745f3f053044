import { View } from '@tarojs/components'
import { Notice } from '@/components/Notice'
import { zhCNReminders } from '@/i18n/reminders'
import type { CreditLine, ServerReminder } from '@/services/reminders'

/**
 * 两种少见情况的说明：某类提醒在微信的设置里被设为“拒收”（再点“允许”也不会弹窗，要先去设置里打开），
 * 以及“可能已送达”的意思。都没有时什么也不显示。
 */
export function DeliveryNotes({ credits, reminders }: { credits: readonly CreditLine[]; reminders: readonly ServerReminder[] }) {
  const m = zhCNReminders
  const nameOf = (c: CreditLine) => (c.kinds.length === 1 && c.kinds[0] ? m.kindName[c.kinds[0]] : m.settings.deadlinesGroup)
  const turnedOff = credits.filter((c) => c.turnedOff)
  const probably = reminders.some((r) => r.state === 'probably_delivered')
  if (turnedOff.length === 0 && !probably) return null
  return (
    <View>
      {turnedOff.length > 0 ? (
        <Notice tone='warning' testId='reminder-turned-off'>
          <View className='card__title'>{m.deliveryNotes.turnedOffTitle}</View>
          {turnedOff.map((c) => <View key={c.templateId}>{m.deliveryNotes.turnedOffLine(nameOf(c))}</View>)}
          <View>{m.deliveryNotes.turnedOffHow}</View>
        </Notice>
      ) : null}
      {probably ? (
        <Notice testId='reminder-probably-delivered'>
          <View className='card__title'>{m.deliveryNotes.probablyDeliveredTitle}</View>
          <View>{m.deliveryNotes.probablyDeliveredBody}</View>
        </Notice>
      ) : null}
    </View>
  )
}
