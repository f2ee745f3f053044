import { View } from '@tarojs/components'
import type { DeadlineKind } from '@/domain/deadlines'
import { missedDeadlineHelp } from '@/domain/lifecycle/missedDeadlineHelp'
import type { LifecycleFacts } from '@/domain/lifecycle/lifecycleFacts'
import { lifecycleText, missedHelpText } from '@/i18n/lifecycle'
import { HelpList } from './HelpList'
import './MissedHelp.css'

/**
 * 过了期的卡片：不再说“在这一天之前…”，而是说现在还能做什么。程序和审级决定开庭没到之后的路：
 * 小额诉讼、二审判决不能上诉，只剩再审（domain/lifecycle/missedDeadlineHelp.ts）。
 */
export function MissedHelp({ kind, facts }: { kind: DeadlineKind; facts: LifecycleFacts }) {
  return (
    <View className='missed' data-testid={`missed-${kind}`}>
      <View className='missed__title'>{kind === 'hearing' ? lifecycleText.missedHearingTitle : lifecycleText.missedTitle}</View>
      <HelpList items={missedDeadlineHelp(kind, facts)} text={(code) => missedHelpText[code]} testId={`missed-${kind}`} />
    </View>
  )
}
