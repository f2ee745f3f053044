import { View } from '@tarojs/components'
import type { LifecycleFacts } from '@/domain/lifecycle/lifecycleFacts'
import { retrialGuide } from '@/domain/lifecycle/retrial'
import { lifecycleText, missedHelpText } from '@/i18n/lifecycle'
import { HelpList } from './HelpList'
import './MissedHelp.css'

/** 申请再审的卡片下面：向哪个法院（小额诉讼向原审法院）、凭什么事由、申请再审不停止执行。 */
export function RetrialGuide({ facts }: { facts: LifecycleFacts }) {
  return (
    <View data-testid='retrial-guide'>
      <View className='missed__title'>{lifecycleText.retrialTitle}</View>
      <HelpList items={retrialGuide(facts)} text={(code) => missedHelpText[code]} testId='retrial' />
    </View>
  )
}
