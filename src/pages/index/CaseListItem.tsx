import { View } from '@tarojs/components'
import { Card } from '@/components/Card'
import { NoBreakDates } from '@/components/NoBreakDates'
import type { CaseSummary } from '@/services/cases'
import type { PrepProgress } from '@/storage/prepProgress'
import { daysLeftText, fullDate } from '@/i18n/dates'
import { deadlineKindName } from '@/i18n/deadlineKinds'
import { t } from '@/i18n'
import { urgencyOf } from '@/services/urgency'

/** 首页的一个案件：原告和案号、下一个期限、还剩几天。 */
export function CaseListItem({ summary, prepared, onOpen }: { summary: CaseSummary; prepared?: PrepProgress; onOpen: () => void }) {
  const { record, next } = summary
  const left = next?.daysLeft ?? 0
  return (
    <Card title={t.home.caseTitle(record.lender.name, record.caseNumber)} onTap={onOpen} testId={`case-${record.id}`}>
      {next ? (
        <>
          <View data-testid={`next-${record.id}`}><NoBreakDates text={t.home.nextLine(deadlineKindName[next.kind], fullDate(next.due))} /></View>
          <View className={`case-left case-left--${urgencyOf(left)}`} data-testid={`left-${record.id}`}>
            {daysLeftText(left)}
          </View>
        </>
      ) : (
        <View data-testid={`next-${record.id}`}>{t.home.noDeadline}</View>
      )}
      {prepared ? <View className='case-prepared' data-testid={`prepared-${record.id}`}>{t.home.prepared(prepared.ready, prepared.total)}</View> : null}
    </Card>
  )
}
