import { View } from '@tarojs/components'
import { Card } from '@/components/Card'
import { Notice } from '@/components/Notice'
import { claimConclusion } from '@/domain/claims/conclusion'
import type { ClaimFindings } from '@/domain/claims/findings'
import { claimPointSentence } from '@/i18n/claimPoints'
import { claimResultText as r } from '@/i18n/claimResults'
import { CapCard } from './CapCard'
import { CitationList } from './CitationList'
import { ClaimConclusion } from './ClaimConclusion'
import { CostCard } from './CostCard'
import { FeeCard } from './FeeCard'
import { HowDetails } from './HowDetails'
import { LimitationCard } from './LimitationCard'

/** The element the page scrolls to after 核对. */
export const RESULTS_ID = 'claim-results'

/**
 * 核对结果，结论在前：结论（最要紧的一句和数字、还没核对的），可以写进答辩状的意见，诉讼时效，利率上限（按法院的
 * 算法），然后是违约金、合计、诉讼费；每个数字“怎么算的”都折叠在它下面。年化利率（内部收益率法）不决定是否超过上限，
 * 整个收在一个开关后面（issue 20：结果原来有 7.5 屏）。
 */
export function ClaimResults({ findings, onAnswerLimitation }: { findings: ClaimFindings; onAnswerLimitation: () => void }) {
  const { costs, damages, itemsSum, fee, points, annualCost, cap, limitation } = findings
  const notes = findings.notes ?? []
  // The cards in the order of the conclusion: the limitation first only when it is a finding.
  const limitationCard = limitation ? <LimitationCard limitation={limitation} card={findings.claimKind === 'credit_card'} onAnswer={onAnswerLimitation} /> : null
  const limitationFirst = limitation?.status === 'may_have_run' || limitation?.status === 'depends_on_filing_date'
  const capCard = cap ? <CapCard cap={cap} card={findings.claimKind === 'credit_card'} /> : null
  return (
    <View id={RESULTS_ID} data-testid='results'>
      <View className='prep-section-title' role='heading' aria-role='heading' aria-level={2}>{r.title}</View>
      <ClaimConclusion conclusion={claimConclusion(findings)} />
      <Notice tone='warning' testId='results-disclaimer'>{r.disclaimer}</Notice>
      <Card title={r.pointsTitle} testId='points'>
        <View className='prep-hint'>{points.length > 0 ? r.pointsLead : r.pointsNone}</View>
        {points.map((p, i) => (
          <View key={`${p.code}-${i}`} className='cc-point' data-testid={`point-${p.code}`}>
            <View>{claimPointSentence(p)}</View>
            {p.reference ? <View className='cc-badge'>{r.reference}</View> : null}
            <CitationList basis={p.basis} testId={`point-${i}`} />
          </View>
        ))}
      </Card>
      {limitationFirst ? limitationCard : capCard}
      {limitationFirst ? capCard : limitationCard}
      {notes.length > 0 ? (
        <Notice testId='results-notes'>{notes.map((n) => <View key={n} data-testid={`note-${n}`}>{`· ${r.notes[n]}`}</View>)}</Notice>
      ) : null}
      {costs?.schedule || costs?.claim ? (
        <View className='cc-costs' data-testid='costs'>
          <HowDetails testId='costs' label={r.costsToggle}>
            {costs.schedule ? <CostCard figure={costs.schedule} cost={annualCost} findings={findings} /> : null}
            {costs.claim ? <CostCard figure={costs.claim} cost={annualCost} findings={findings} /> : null}
          </HowDetails>
        </View>
      ) : null}
      {damages ? (
        <Card title={r.damagesTitle} testId='damages'>
          <View>{r.damagesLine(damages.damagesFen, damages.lossFen, damages.limitFen, damages.penaltyFen)}</View>
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
    </View>
  )
}
