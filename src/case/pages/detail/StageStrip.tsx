import { View } from '@tarojs/components'
import type { Stage } from '@/domain/lifecycle/caseStages'
import type { NextStep } from '@/domain/lifecycle/nextStep'
import { NoBreakDates } from '@/components/NoBreakDates'
import { stageName, stageVariantName } from '@/i18n/stageNames'
import { lifecycleText as m, nextStepText } from '@/i18n/lifecycle'
import './StageStrip.css'

/** 时间线顶上：案件走到了哪一步（当前一步标出来），和一句话的下一步。 */
export function StageStrip({ stages, next }: { stages: readonly Stage[]; next: NextStep }) {
  return (
    <View className='stages' data-testid='stages'>
      <View className='stages__list' role='list' aria-role='list' aria-label={m.stagesLabel}>
        {stages.map((stage) => {
          // “上诉或生效”走到哪一边就写哪一边：上诉期内 / 二审 / 判决已生效。
          const name = stage.variant ? stageVariantName[stage.variant] : stageName[stage.code]
          const current = stage.status === 'current'
          return (
            <View
              key={stage.code}
              className={`stages__item stages__item--${stage.status}`}
              role='listitem'
              aria-role='listitem'
              aria-current={current ? 'step' : undefined}
              data-testid={`stage-${stage.code}`}
              data-status={stage.status}
            >
              {current ? `${m.currentMark}：${name}` : name}
            </View>
          )
        })}
      </View>
      <View className='stages__next' data-testid='next-step' data-code={next.code}>
        <View className='stages__next-title'>{m.nextStepTitle}</View>
        <NoBreakDates text={nextStepText[next.code](next.params)} />
      </View>
    </View>
  )
}
