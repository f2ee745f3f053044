import { View } from '@tarojs/components'
import { t } from '@/i18n'
import { PhoneLink } from './PhoneLink'

/**
 * 拿不准时问谁（issue 20）：12348 公共法律服务热线、12368 诉讼服务热线，以及承办法院的诉讼服务中心。
 * 案件记录里没有法院电话（intake 不问），所以只说去哪里找：传票、通知书上印着。
 */
export function WhoToAsk({ court }: { court?: string }) {
  const m = t.whoToAsk
  return (
    <View className='card who-to-ask' data-testid='who-to-ask'>
      <View className='card__title' role='heading' aria-level={2}>{m.title}</View>
      <PhoneLink number='12348' label={t.about.legalAidHotline} testId='ask-12348' />
      <PhoneLink number='12368' label={t.about.courtHotline} testId='ask-12368' />
      <View className='card__body' data-testid='ask-court'>{court ? m.court(court) : m.courtUnknown}</View>
    </View>
  )
}
