import { View } from '@tarojs/components'
import { useState } from 'react'
import { claimLegalTexts } from '@/i18n/legalTextsClaims'
import { claimResultText as r } from '@/i18n/claimResults'

/**
 * 依据：一行列出条文名，点开逐条显示原文（或注明是节选、要点）。文字来自 legalTextsClaims.ts（只带核对页用得到的
 * 条文，不把整个条文库放进分包）。
 */
export function CitationList({ basis, testId }: { basis: readonly string[]; testId: string }) {
  const [open, setOpen] = useState(false)
  if (basis.length === 0) return null
  return (
    <View className='cc-citations' data-testid={`citations-${testId}`}>
      <View className='cc-citation' role='button' aria-expanded={open} data-testid={`citations-toggle-${testId}`} onClick={() => setOpen(!open)}>
        {`${r.basis(basis.map((c) => `《${c}》`).join(''))}${open ? ' ▴' : ' ▾'}`}
      </View>
      {open ? basis.map((citation, i) => {
        const law = claimLegalTexts[citation]
        const label = law?.kind === 'excerpt' ? r.citationExcerpt : law?.kind === 'summary' ? r.citationSummary : ''
        return (
          <View key={citation} className='cc-law' data-testid={`law-${testId}-${i}`}>
            <View className='cc-law__name'>{`《${citation}》${label}`}</View>
            <View>{law ? law.text : r.citationMissing}</View>
          </View>
        )
      }) : null}
    </View>
  )
}
