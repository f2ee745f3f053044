import { View } from '@tarojs/components'
import { Card } from '@/components/Card'
import { Notice } from '@/components/Notice'
import type { LimitationAssessment } from '@/domain/claims/limitation'
import { limitationStatusLine, limitationText as l } from '@/i18n/claimLimitation'
import { CitationList } from './CitationList'
import { TermText } from '@/components/Term'

/**
 * 诉讼时效的结果：可能已过 / 要看立案日期 / 还没过（什么时候届满）/ 没回答。每一种都说：催收到达你就重新算、要由
 * 原告证明；要在一审答辩时自己提出。可能已过或不确定时，提醒答应还款会失去这个抗辩。
 */
export function LimitationCard({ limitation, card, onAnswer }: { limitation: LimitationAssessment; card: boolean; onAnswer: () => void }) {
  const mayHaveRun = limitation.status === 'may_have_run'
  const ask = limitation.status === 'unanswered' || limitation.status === 'depends_on_filing_date'
  return (
    <Card title={l.title} testId='limitation'>
      <View className={`cc-status${mayHaveRun ? ' cc-status--open' : ''}`} data-testid={`limitation-${limitation.status}`}><TermText text={limitationStatusLine(limitation)} /></View>
      {ask ? <View className='link-button' role='button' data-testid='limitation-answer' onClick={onAnswer}>{l.answerLink}</View> : null}
      {limitation.status !== 'unanswered' ? <View data-testid='limitation-counted'>{l.countedFrom(limitation.latest.event, limitation.latest.on)}</View> : null}
      {mayHaveRun ? <View data-testid='limitation-raise'>{l.raiseIt}</View> : null}
      {mayHaveRun && limitation.demandsUnknown ? <View className='prep-hint'>{l.demandsUnknown}</View> : null}
      {l.always.map((line, i) => <View key={i} className='cc-always' data-testid={`limitation-always-${i}`}>{line}</View>)}
      {limitation.status !== 'not_run' ? <Notice tone='warning' testId='limitation-promise-warning'>{l.promiseWarning}</Notice> : null}
      <CitationList basis={card ? [...l.basis, l.cardBasis] : l.basis} testId='limitation' />
    </Card>
  )
}
