import { View } from '@tarojs/components'
import type { Stage } from '@/domain/lifecycle/caseStages'
import { stageName, stageVariantName } from '@/i18n/stageNames'
import { lifecycleText as m } from '@/i18n/lifecycle'
import './StageStrip.css'

/** 案件走到了哪一步（当前一步标出来）。下一步的一句话在它上面（NextStepBox）：先说做什么，再说在哪儿。 */
export function StageStrip({ stages }: { stages: readonly Stage[] }) {
  return (
    <View className='stages' data-testid='stages'>
      <View className='stages__list' role='list' aria-role='list' aria-label={m.stagesLabel}>
        {stages.map((stage) => {
          // “上诉或生效”走到哪一边就写哪一边：上诉期内 / 二审 / 判决已生效；小额诉讼写“判决生效（不能上诉）”。
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
    </View>
  )
}
