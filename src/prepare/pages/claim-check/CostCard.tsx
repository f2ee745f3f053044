import { View } from '@tarojs/components'
import { Card } from '@/components/Card'
import { Notice } from '@/components/Notice'
import type { AnnualCost, ClaimFindings, CostFigure } from '@/domain/claims/findings'
import { claimResultText as r } from '@/i18n/claimResults'
import { HowDetails } from './HowDetails'
import { TermText } from '@/components/Term'

/** Which sentence explains the cap the figure is compared with. */
function capText(cost: AnnualCost, findings: ClaimFindings): string {
  const lpr = cost.cap.lpr
  if (cost.cap.kind === 'lpr_4x' && lpr) return lpr.rule === 'filing_date' ? r.capLprFiling(lpr.on ?? lpr.from, lpr.rate, cost.cap.rate) : r.capLpr(lpr.on ?? lpr.from, lpr.rate, cost.cap.rate)
  return findings.claimKind === 'credit_card' ? r.capCard : r.capFinancial
}

/** 一个年化成本：两个数字（标明哪个和上限比）、与上限的比较、怎么算的。 */
export function CostCard({ figure, cost, findings }: { figure: CostFigure; cost: AnnualCost | null; findings: ClaimFindings }) {
  const compared = cost !== null && cost.source === figure.source
  const testId = `cost-${figure.source}`
  return (
    <Card title={r.costTitle[figure.source]} testId={testId}>
      <View className='cc-figure' data-testid={`${testId}-nominal`}>{r.nominal(figure.nominal)}{compared ? r.nominalCompared : ''}</View>
      <View data-testid={`${testId}-effective`}>{r.effective(figure.effective)}</View>
      {figure.effective < 0 ? <Notice tone='warning' testId={`${testId}-negative`}>{r.notes.cost_negative}</Notice> : null}
      {compared && cost ? (
        <View className={`cc-compare${cost.exceeds ? ' cc-compare--above' : ''}`} data-testid={`${testId}-compare`}>
          {cost.exceeds ? r.aboveCap(cost.cap.rate) : r.notAboveCap(cost.cap.rate)}
          {cost.cap.reference ? <View className='cc-badge' data-testid={`${testId}-reference`}>{r.reference}</View> : null}
        </View>
      ) : null}
      {compared && cost ? <View className='prep-hint'><TermText text={capText(cost, findings)} /></View> : null}
      {!compared && figure.source === 'claim' ? <View className='prep-hint' data-testid={`${testId}-not-cap`}><TermText text={r.claimIrrNote} /></View> : null}
      <HowDetails testId={testId}>
        <TermText text={r.method} />
        <View>{r.dayCount}</View>
        <View>{r.nominalFormula}</View>
        <View className='cc-subtitle'>{r.flowsTitle}</View>
        {figure.flows.map((f, i) => <View key={i} data-testid={`${testId}-flow-${i}`}>{f.fen >= 0 ? r.flowIn(f.on, f.fen) : r.flowOut(f.on, -f.fen)}</View>)}
        <View>{figure.source === 'claim' ? r.claimInputs(figure.lastOn) : r.scheduleInputs}</View>
      </HowDetails>
    </Card>
  )
}
