import { View } from '@tarojs/components'
import { Card } from '@/components/Card'
import { Notice } from '@/components/Notice'
import type { ClaimFindings } from '@/domain/claims/findings'
import { claimPointSentence } from '@/i18n/claimPoints'
import { claimResultText as r } from '@/i18n/claimResults'
import { CostCard } from './CostCard'
import { FeeCard } from './FeeCard'
import { HowDetails } from './HowDetails'

/** 核对结果：年化成本、违约金、合计、诉讼费，以及可以写进答辩状的意见。 */
export function ClaimResults({ findings }: { findings: ClaimFindings }) {
  const { costs, damages, itemsSum, fee, points, annualCost } = findings
  const notes = findings.notes ?? []
  return (
    <View data-testid='results'>
      <View className='prep-section-title'>{r.title}</View>
      <Notice tone='warning' testId='results-disclaimer'>{r.disclaimer}</Notice>
      {notes.length > 0 ? (
        <Notice testId='results-notes'>{notes.map((n) => <View key={n} data-testid={`note-${n}`}>{`· ${r.notes[n]}`}</View>)}</Notice>
      ) : null}
      {costs?.claim ? <CostCard figure={costs.claim} cost={annualCost} findings={findings} /> : null}
      {costs?.schedule ? <CostCard figure={costs.schedule} cost={annualCost} findings={findings} /> : null}
      {damages ? (
        <Card title={r.damagesTitle} testId='damages'>
          <View>{r.damagesLine(damages.damagesFen, damages.lossFen, damages.limitFen)}</View>
          <View className={damages.exceeds ? 'cc-compare cc-compare--above' : 'cc-compare'}>{damages.exceeds ? r.damagesAbove : r.damagesNotAbove}</View>
          <View className='cc-badge'>{r.reference}</View>
          <HowDetails testId='damages'><View>{r.damagesHow(damages.principalFen, damages.rate, damages.days, damages.from, damages.to)}</View></HowDetails>
        </Card>
      ) : null}
      {itemsSum ? (
        <Card title={r.sumTitle} testId='items-sum'>
          <View>{`${r.sumLine(itemsSum.sumFen, itemsSum.totalFen)}${itemsSum.sumFen === itemsSum.totalFen ? r.sumMatches : r.sumDiffers(Math.abs(itemsSum.totalFen - itemsSum.sumFen))}`}</View>
        </Card>
      ) : null}
      {fee ? <FeeCard fee={fee} unsure={notes.includes('fee_procedure_assumed')} /> : null}
      <Card title={r.pointsTitle} testId='points'>
        <View className='prep-hint'>{points.length > 0 ? r.pointsLead : r.pointsNone}</View>
        {points.map((p, i) => (
          <View key={`${p.code}-${i}`} className='cc-point' data-testid={`point-${p.code}`}>
            <View>{claimPointSentence(p)}</View>
            <View className='prep-hint'>
              {p.basis.length > 0 ? r.basis(p.basis.join('；')) : null}
              {p.reference ? <View className='cc-badge'>{r.reference}</View> : null}
            </View>
          </View>
        ))}
      </Card>
    </View>
  )
}
