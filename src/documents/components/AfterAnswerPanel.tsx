import { View } from '@tarojs/components'
import { Card } from '@/components/Card'
import { Notice } from '@/components/Notice'
import { formatFen } from '@/domain/money/yuanInput'
import type { WarningCode } from '@/domain/documents/afterAnswer/filing'
import type { AfterAnswerPanel as Panel } from '@/services/afterAnswerValues'
import { appealFeeText, filingText, warningText, warningTitle } from '@/i18n/documentsAfterAnswerHelp'
import './documents.css'

/** 生成之前先说清楚的事（文书让用户承认或放弃什么时）。 */
export function AfterAnswerWarnings({ codes }: { codes: readonly WarningCode[] }) {
  if (codes.length === 0) return null
  return (
    <Notice tone='warning' testId='after-answer-warnings'>
      <View className='after-answer__title'>{warningTitle}</View>
      {codes.map((code) => <View key={code} className='after-answer__line' data-testid={`warning-${code}`}>{warningText[code]}</View>)}
    </Notice>
  )
}

/** 交到哪里、交几份、最晚哪天交；上诉状另有上诉费。 */
export function AfterAnswerFiling({ panel }: { panel: Panel }) {
  const { filing, deadline, fee } = panel
  return (
    <Card title={filingText.title} testId='after-answer-filing'>
      <View className='after-answer__line' data-testid='filing-deadline'>
        {deadline ? filingText.deadline(deadline.due, deadline.daysLeft ?? 0) : filingText.noDeadline}
      </View>
      <View className='after-answer__line' data-testid='filing-place'>{filingText.place[filing.place]}</View>
      <View className='after-answer__line' data-testid='filing-copies'>{filingText.copies(filing.copies)}</View>
      {panel.filing.place === 'original_court' ? (
        <View data-testid='appeal-fee'>
          <View className='after-answer__title'>{appealFeeText.title}</View>
          <View className='after-answer__line' data-testid='appeal-fee-amount'>{fee ? appealFeeText.amount(formatFen(fee.feeFen), formatFen(fee.appealedFen)) : appealFeeText.unknown}</View>
          <View className='after-answer__line'>{appealFeeText.pay}</View>
          <View className='after-answer__line'>{appealFeeText.relief}</View>
        </View>
      ) : null}
    </Card>
  )
}
