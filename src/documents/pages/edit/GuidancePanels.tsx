import { View } from '@tarojs/components'
import { Notice } from '@/components/Notice'
import type { LimitationAssessment } from '@/domain/claims/limitation'
import type { PaymentOrderScope } from '@/domain/documents/paymentOrderScope'
import type { JurisdictionView } from '@/services/documentGuidance'
import { jurisdictionText as j, paymentOrderText as p } from '@/i18n/documentsAdvice'

/** 管辖权异议在本案有没有用：一句结论、为什么、该写哪个法院；问题在下面（docForms）。 */
export function JurisdictionPanel({ view }: { view: JurisdictionView }) {
  const { assessment: a } = view
  const tone = a.chance === 'real' ? 'info' : 'warning'
  return (
    <Notice tone={tone} testId={`jurisdiction-chance-${a.chance}`}>
      <View className='warning__title'>{j.title}</View>
      <View className='warning__p' data-testid='jurisdiction-headline'>{j.headline[a.chance]}</View>
      {a.reasons.map((r) => <View key={r} className='warning__p'>{`· ${j.reason[r]}`}</View>)}
      {a.target ? <View className='warning__p' data-testid='jurisdiction-target'>{j.target[a.target]}</View> : null}
      {a.suggested.length > 0 ? <View className='warning__p'>{j.suggested}</View> : null}
      {view.lenderSeat ? <View className='warning__p' data-testid='lender-seat'>{j.lenderSeat(view.lenderSeat.name, view.lenderSeat.city)}</View> : null}
      {view.lenderSeat && view.internetCourt ? (
        <View className='warning__p' data-testid='court-city'>{j.courtCity(view.internetCourt.name, view.internetCourt.city, view.internetCourt.city === view.lenderSeat.city)}</View>
      ) : null}
      {view.smallClaims ? <View className='warning__p'>{j.smallClaims}</View> : null}
      <View className='warning__p'>{j.always}</View>
    </Notice>
  )
}

/** 支付令异议只针对一部分、或理由只涉及利息费用时，说清楚哪些照样生效；时效可能已过时建议这个理由。 */
export function PaymentOrderPanel({ scope, limitation }: { scope: PaymentOrderScope; limitation: LimitationAssessment }) {
  const lines = [
    ...(!scope.answered ? [p.notAnswered] : []),
    ...(scope.undisputed.length > 0 ? [p.partial(scope.disputed, scope.undisputed)] : []),
    ...(scope.chargesOnlyReasons ? [p.chargesOnly] : []),
  ]
  return (
    <View>
      {lines.length > 0 ? (
        <Notice tone='warning' testId='payment-order-scope'>
          {lines.map((line) => <View key={line} className='warning__p'>{line}</View>)}
        </Notice>
      ) : null}
      {limitation.status !== 'not_run' ? <Notice testId={`payment-order-limitation-${limitation.status}`}>{p.limitation[limitation.status]}</Notice> : null}
    </View>
  )
}
