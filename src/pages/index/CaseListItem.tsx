import { View } from '@tarojs/components'
import { Card } from '@/components/Card'
import { NoBreakDates } from '@/components/NoBreakDates'
import type { CaseSummary } from '@/services/cases'
import type { PrepProgress } from '@/storage/prepProgress'
import { daysLeftText, fullDate } from '@/i18n/dates'
import { deadlineKindName } from '@/i18n/deadlineKinds'
import { stageLine, stageName, stageVariantName } from '@/i18n/stageNames'
import { t } from '@/i18n'
import { urgencyOf } from '@/services/urgency'

/**
 * 首页的一个案件：原告和案号、下一个期限、还剩几天。期限都过了的，不只给一个红色的“已过期”，
 * 而是一行说明案件现在走到哪一步（详情页顶上有下一步该做什么）。
 */
export function CaseListItem({ summary, prepared, onOpen }: { summary: CaseSummary; prepared?: PrepProgress; onOpen: () => void }) {
  const { record, next, stage } = summary
  const left = next?.daysLeft ?? 0
  const allPassed = next !== null && left < 0
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
      {allPassed ? <View className='case-stage' data-testid={`stage-${record.id}`}>{stageLine(stageName[stage.code], stage.variant ? stageVariantName[stage.variant] : undefined)}</View> : null}
      {prepared ? <View className='case-prepared' data-testid={`prepared-${record.id}`}>{t.home.prepared(prepared.ready, prepared.total)}</View> : null}
    </Card>
  )
}
