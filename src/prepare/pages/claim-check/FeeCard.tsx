import { View } from '@tarojs/components'
import { Card } from '@/components/Card'
import type { FeeEstimate } from '@/domain/claims/findings'
import { claimResultText as r } from '@/i18n/claimResults'
import { HowDetails } from './HowDetails'

/** 如果败诉可能要负担的案件受理费，和它是怎么算的。 */
export function FeeCard({ fee, unsure }: { fee: FeeEstimate; unsure: boolean }) {
  const full = fee.fullFen ?? fee.amountFen
  const mediation = fee.procedure === 'pre_litigation_mediation'
  return (
    <Card title={r.feeTitle} testId='fee'>
      <View className='cc-figure' data-testid='fee-amount'>{mediation ? r.feeMediation(full) : r.feeAmount(fee.amountFen)}</View>
      {fee.halved ? <View>{r.feeHalved}</View> : null}
      {unsure ? <View data-testid='fee-unsure'>{r.feeUnsure(Math.round(full / 2))}</View> : null}
      {fee.procedure === 'payment_order' ? <View>{r.feePaymentOrder}</View> : null}
      <View className='prep-hint'>{r.feeWho}</View>
      <HowDetails testId='fee'>
        <View data-testid='fee-base'>{r.feeBase(fee.claimFen, full)}</View>
        <View>{r.feeHow}</View>
      </HowDetails>
    </Card>
  )
}
