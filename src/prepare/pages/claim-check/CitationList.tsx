import { View } from '@tarojs/components'
import { useState } from 'react'
import { claimLegalTexts } from '@/i18n/legalTextsClaims'
import { claimResultText as r } from '@/i18n/claimResults'

/**
 * 依据：每条引用可点，展开显示条文（原文、节选或要点）。文字来自 legalTextsClaims.ts（只带核对页用得到的条文，
 * 不把整个条文库放进分包）。
 */
export function CitationList({ basis, testId }: { basis: readonly string[]; testId: string }) {
  const [open, setOpen] = useState<string | null>(null)
  if (basis.length === 0) return null
  return (
    <View className='cc-citations' data-testid={`citations-${testId}`}>
      <View>{r.basis('')}</View>
      {basis.map((citation, i) => {
        const law = claimLegalTexts[citation]
        const expanded = open === citation
        return (
          <View key={citation}>
            <View className='cc-citation' role='button' aria-expanded={expanded} data-testid={`citation-${testId}-${i}`} onClick={() => setOpen(expanded ? null : citation)}>
              {`《${citation}》${expanded ? ' ▴' : ' ▾'}`}
            </View>
            {expanded ? (
              <View className='cc-law' data-testid={`law-${testId}-${i}`}>
                {law ? `${law.text}${law.kind === 'excerpt' ? r.citationExcerpt : law.kind === 'summary' ? r.citationSummary : ''}` : r.citationMissing}
              </View>
            ) : null}
          </View>
        )
      })}
    </View>
  )
}
