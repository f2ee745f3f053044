import { View } from '@tarojs/components'
import { Button } from '@/components/Button'
import { Notice } from '@/components/Notice'
import type { PromiseWarning } from '@/domain/documents/promiseWarning'
import { promiseWarningText as w } from '@/i18n/documentsAdvice'

type Props = { warning: PromiseWarning; onAcknowledge: () => void; onQuestions: () => void }

/**
 * 写承诺还款的文书之前先显示的时效提醒：没有点“我已了解”之前，不显示表单，也不生成文书。
 * Two ways on: answer the limitation questions first (the claim check), or go ahead knowingly.
 */
export function PromiseWarningGate({ warning, onAcknowledge, onQuestions }: Props) {
  return (
    <View data-testid='promise-warning'>
      <Notice tone='warning' testId={`promise-warning-${warning.status}`}>
        <View className='warning__title'>{w.title}</View>
        <View className='warning__p'>{w.lead[warning.status]}</View>
        <View className='warning__p'>{w.restart}</View>
        <View className='warning__p'>{w.softened}</View>
      </Notice>
      <Button testId='promise-warning-questions' onTap={onQuestions}>{w.toQuestions}</Button>
      <Button variant='secondary' testId='promise-warning-acknowledge' onTap={onAcknowledge}>{w.acknowledge}</Button>
    </View>
  )
}
