import { View } from '@tarojs/components'
import { Card } from '@/components/Card'
import { zhCNReminders } from '@/i18n/reminders'
import type { Coverage } from '@/services/reminderCoverage'
import type { CreditLine } from '@/services/reminders'

/** 提醒是否开启、每类提醒还能收到几条（一次“允许”= 一条），以及已安排的提醒里有几条真能发出。 */
export function CreditsCard({ enabled, credits, coverage }: { enabled: boolean; credits: readonly CreditLine[]; coverage: Coverage }) {
  const m = zhCNReminders
  const nameOf = (c: CreditLine) => (c.kinds.length === 1 && c.kinds[0] ? m.kindName[c.kinds[0]] : m.settings.deadlinesGroup)
  const covered = coverage.covered.size
  const total = covered + coverage.uncovered.size
  return (
    <Card title={enabled ? m.settings.statusOn : m.settings.statusOff} testId='reminder-credits'>
      {credits.some((c) => c.credits > 0)
        ? credits.map((c) => <View key={c.templateId}>{m.settings.creditsLine(nameOf(c), c.credits)}</View>)
        : <View>{m.settings.noCredits}</View>}
      {total > 0 ? <View data-testid='reminder-coverage'>{m.settings.coverageLine(covered, total)}</View> : null}
    </Card>
  )
}
