import { View } from '@tarojs/components'
import { Notice } from '@/components/Notice'
import type { StaleFact } from '@/services/timeline'
import { lifecycleText as m } from '@/i18n/lifecycle'

/** 按旧规则保存、现在读不通的内容：说清楚哪一项、下面怎么算的，请用户去“修改”核对。不崩溃，也不悄悄忽略。 */
export function StaleNotice({ stale }: { stale: readonly StaleFact[] }) {
  if (stale.length === 0) return null
  return (
    <Notice tone='warning' testId='stale-facts'>
      <View className='timeline__subtitle'>{m.staleRecordTitle}</View>
      {stale.map((fact) => (
        <View key={fact.field}>{fact.code === 'answer_days_over_limit' ? m.staleAnswerDays(Number(fact.value)) : m.staleGeneric}</View>
      ))}
    </Notice>
  )
}
