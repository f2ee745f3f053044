import { View } from '@tarojs/components'
import { Card } from '@/components/Card'
import { NoBreakDates } from '@/components/NoBreakDates'
import type { AfterJudgment } from '@/domain/lifecycle/afterJudgment'
import { effectText, enforcementText, lifecycleText as m } from '@/i18n/lifecycle'
import { BasisList } from './BasisList'
import { Fold } from './Fold'
import { HelpList } from './HelpList'
import './AfterJudgmentCard.css'

/** 判决之后：什么时候生效、最晚哪天履行、不履行会怎样（执行、加倍利息、失信、限高、和解、还清之后的征信）。 */
export function AfterJudgmentCard({ after }: { after: AfterJudgment }) {
  return (
    <Card title={m.afterJudgmentTitle} testId='after-judgment'>
      <View className='after__subtitle'>{m.effectTitle}</View>
      <View data-testid='after-effect'><NoBreakDates text={effectText[after.effect](after.effectiveOn)} /></View>
      <Fold label={m.basisToggle(after.basis.length)} testId='basis-after-effect'>
        <BasisList basis={after.basis} testId='after-effect' compact />
      </Fold>
      {/* 对方上诉了：一审判决还没生效，没有履行期可说。 */}
      {after.effect === 'appealed' ? null : (
        <>
          <View className='after__subtitle'>{m.performanceTitle}</View>
          <View data-testid='after-performance' className={after.performanceDue ? 'after__due' : undefined}>
            <NoBreakDates text={after.performanceDue ? m.performanceDue(after.performanceDue) : m.performanceUnknown} />
          </View>
        </>
      )}
      <View className='after__subtitle'>{m.enforcementTitle}</View>
      <HelpList items={after.enforcement} text={(code) => enforcementText[code]} testId='enforcement' />
    </Card>
  )
}
