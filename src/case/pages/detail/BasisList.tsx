import { View } from '@tarojs/components'
import { useState } from 'react'
import { legalTextLabels, legalTexts } from '@/i18n/legalTexts'
import { detailText as m } from '@/i18n/detail'
import './BasisList.css'

/**
 * 依据：条文名称可点，展开显示原文（或注明是节选/要点）。
 * 条文名是一个展开/收起的按钮：读屏念出名字和是否已展开。
 * compact：列在一条说明下面的依据，不再重复“依据 / 点条文名称可以看原文”两行。
 */
export function BasisList({ basis, testId, compact = false }: { basis: readonly string[]; testId: string; compact?: boolean }) {
  const [open, setOpen] = useState<string | null>(null)
  return (
    <View className={compact ? 'basis basis--compact' : 'basis'}>
      {compact ? null : <View className='basis__title'>{m.basisTitle}</View>}
      {compact ? null : <View className='basis__hint'>{m.basisHint}</View>}
      {basis.map((citation, i) => {
        const law = legalTexts[citation]
        const expanded = open === citation
        const name = m.citation(citation)
        return (
          <View key={citation}>
            <View
              className='basis__link'
              role='button'
              aria-role='button'
              aria-label={name}
              aria-expanded={expanded}
              data-testid={`basis-${testId}-${i}`}
              onClick={() => setOpen(expanded ? null : citation)}
            >
              {name}
            </View>
            {expanded ? (
              <View className='law-text' data-testid={`law-text-${testId}-${i}`}>
                {law ? `${law.text}${law.kind === 'quote' ? '' : legalTextLabels[law.kind]}` : legalTextLabels.missing}
              </View>
            ) : null}
          </View>
        )
      })}
    </View>
  )
}
