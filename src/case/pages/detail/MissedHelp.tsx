import { View } from '@tarojs/components'
import type { DeadlineKind } from '@/domain/deadlines'
import { missedDeadlineHelp } from '@/domain/lifecycle/missedDeadlineHelp'
import { lifecycleText, missedHelpText } from '@/i18n/lifecycle'
import { BasisList } from './BasisList'
import './MissedHelp.css'

/** 过了期的卡片：不再说“在这一天之前…”，而是说现在还能做什么，每条带可点的依据。 */
export function MissedHelp({ kind }: { kind: DeadlineKind }) {
  return (
    <View className='missed' data-testid={`missed-${kind}`}>
      <View className='missed__title'>{kind === 'hearing' ? lifecycleText.missedHearingTitle : lifecycleText.missedTitle}</View>
      {missedDeadlineHelp(kind).map((item, i) => (
        <View key={item.code} className='missed__item' data-testid={`missed-${kind}-${item.code}`}>
          <View>{missedHelpText[item.code]}</View>
          <BasisList basis={item.basis} testId={`missed-${kind}-${i}`} compact />
        </View>
      ))}
    </View>
  )
}
