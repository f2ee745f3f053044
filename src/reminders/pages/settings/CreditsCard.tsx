import { View } from '@tarojs/components'
import { Card } from '@/components/Card'
import { zhCNReminders } from '@/i18n/reminders'
import type { CreditLine } from '@/services/reminders'

/** 提醒是否开启、每类提醒还能收到几条（一次“允许”= 一条）。 */
export function CreditsCard({ enabled, credits }: { enabled: boolean; credits: readonly CreditLine[] }) {
  const m = zhCNReminders
  const nameOf = (c: CreditLine) => (c.kinds.length === 1 && c.kinds[0] ? m.kindName[c.kinds[0]] : m.settings.deadlinesGroup)
  return (
    <Card title={enabled ? m.settings.statusOn : m.settings.statusOff} testId='reminder-credits'>
      {credits.some((c) => c.credits > 0)
        ? credits.map((c) => <View key={c.templateId}>{m.settings.creditsLine(nameOf(c), c.credits)}</View>)
        : <View>{m.settings.noCredits}</View>}
    </Card>
  )
}
