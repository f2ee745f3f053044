import { View } from '@tarojs/components'
import { Card } from '@/components/Card'
import type { CapCheck } from '@/domain/claims/findings'
import { capRatesText, capText as c } from '@/i18n/claimCap'
import { claimResultText as r } from '@/i18n/claimResults'
import { CitationList } from './CitationList'
import { HowDetails } from './HowDetails'
import { TermText } from '@/components/Term'

/** 利率上限按法院的算法：超出多少元，一句话说明；怎么算的（每一段、先抵利息再抵本金、合计）折叠在下面。 */
export function CapCard({ cap, card }: { cap: CapCheck; card: boolean }) {
  const above = cap.excessFen > 0
  return (
    <Card title={c.title} testId='cap'>
      <View className={`cc-compare${above ? ' cc-compare--above' : ''}`} data-testid='cap-result'>
        {above ? c.above(cap.excessFen) : c.notAbove}
        {cap.reference ? <View className='cc-badge' data-testid='cap-reference'>{r.reference}</View> : null}
      </View>
      <View data-testid='cap-line'>{c.line(cap.chargedFen, cap.allowedFen)}</View>
      <HowDetails testId='cap'>
        <View data-testid='cap-rates'><TermText text={capRatesText(cap.rates, card, cap.lpr)} /></View>
        <TermText text={c.method} />
        <View>{c.allocation}</View>
        <View className='cc-subtitle'>{c.periodsTitle}</View>
        {cap.periods.map((p, i) => <View key={i} data-testid={`cap-period-${i}`}>{c.period(p.from, p.to, p.principalFen, p.rate, p.days, p.allowedFen)}</View>)}
        <View data-testid='cap-allowed'>{c.allowedSum(cap.allowedFen)}</View>
        <View data-testid='cap-charged'>{c.charged(cap.repaidFen, cap.claimedFen, cap.drawnFen, cap.chargedFen)}</View>
        {above ? <View data-testid='cap-excess'>{c.excess(cap.chargedFen, cap.allowedFen, cap.excessFen)}</View> : null}
        <View>{c.asOf(cap.asOf)}</View>
        {cap.repaidFen > 0 ? <View>{c.outstanding(cap.outstandingFen)}</View> : null}
        <CitationList basis={cap.basis} testId='cap' />
      </HowDetails>
    </Card>
  )
}
