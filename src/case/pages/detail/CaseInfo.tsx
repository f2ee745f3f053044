import { View } from '@tarojs/components'
import { Card } from '@/components/Card'
import { formatYuan } from '@/services/intakeForm'
import { claimFields, type CaseRecord } from '@/storage/caseRecord'
import { detailText as m } from '@/i18n/detail'

/** 案件信息：法院、案号、原告、起诉金额合计。 */
export function CaseInfo({ record }: { record: CaseRecord }) {
  const total = claimFields.reduce((sum, field) => sum + (record.claim[field] ?? 0), 0)
  return (
    <Card title={m.caseInfoTitle} testId='case-info'>
      <View>{`${m.lender}：${record.lender.name}`}</View>
      {record.court ? <View>{`${m.court}：${record.court}`}</View> : null}
      {record.caseNumber ? <View>{`${m.caseNumber}：${record.caseNumber}${record.caseNumberUnchecked ? m.caseNumberUnchecked : ''}`}</View> : null}
      {total > 0 ? <View>{m.claimTotal(formatYuan(total))}</View> : null}
    </Card>
  )
}
