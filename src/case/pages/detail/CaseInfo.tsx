import { View } from '@tarojs/components'
import { Card } from '@/components/Card'
import { NoBreakDates } from '@/components/NoBreakDates'
import { formatFen } from '@/domain/money/yuanInput'
import { fullDate } from '@/i18n/dates'
import { detailText as m } from '@/i18n/detail'
import { claimFields, type CaseRecord } from '@/storage/caseRecord'

/** 案件信息：原告、法院、案号、送达（日期和方式）、开庭、起诉金额合计（带千分位）。 */
export function CaseInfo({ record }: { record: CaseRecord }) {
  const f = record.facts
  const total = claimFields.reduce((sum, field) => sum + (record.claim[field] ?? 0), 0)
  const line = (testId: string, label: string, value: string) => (
    <View data-testid={`case-info-${testId}`}><NoBreakDates text={m.infoLine(label, value)} /></View>
  )
  return (
    <Card title={m.caseInfoTitle} testId='case-info'>
      {line('lender', m.lender, record.lender.name)}
      {record.court ? line('court', m.court, record.court) : null}
      {record.caseNumber ? line('case-number', m.caseNumber, `${record.caseNumber}${record.caseNumberUnchecked ? m.caseNumberUnchecked : ''}`) : null}
      {f.servedOn ? line('served', m.servedOn, m.servedValue(fullDate(f.servedOn), f.serviceMethod)) : null}
      {f.publicNoticeOn ? line('public-notice', m.publicNoticeOn, fullDate(f.publicNoticeOn)) : null}
      {f.hearingAt ? line('hearing', m.hearing, m.hearingValue(fullDate(f.hearingAt.slice(0, 10)), f.hearingAt.slice(11))) : null}
      {total > 0 ? <View data-testid='case-info-claim'>{m.claimTotal(formatFen(total))}</View> : null}
    </Card>
  )
}
