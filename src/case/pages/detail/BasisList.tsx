import { View } from '@tarojs/components'
import { useState } from 'react'
import { legalTextLabels, legalTexts } from '@/i18n/legalTexts'
import { detailText as m } from '@/i18n/detail'

/** 依据：条文名称可点，展开显示原文（或注明是节选/要点）。 */
export function BasisList({ basis, testId }: { basis: string[]; testId: string }) {
  const [open, setOpen] = useState<string | null>(null)
  return (
    <View className='basis'>
      <View className='timeline__subtitle'>{m.basisTitle}</View>
      <View className='field__hint'>{m.basisHint}</View>
      {basis.map((citation, i) => {
        const law = legalTexts[citation]
        return (
          <View key={citation}>
            <View className='link-button' data-testid={`basis-${testId}-${i}`} onClick={() => setOpen(open === citation ? null : citation)}>
              {m.citation(citation)}
            </View>
            {open === citation ? (
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
