import { View } from '@tarojs/components'
import { useState, type ReactNode } from 'react'
import { claimResultText as r } from '@/i18n/claimResults'

/** “怎么算的”（或给的 label）：点开看算法、天数规则和用到的数。 */
export function HowDetails({ testId, children, label = r.howTitle }: { testId: string; children: ReactNode; label?: string }) {
  const [open, setOpen] = useState(false)
  return (
    <View data-testid={`how-${testId}`}>
      <View className='link-button' role='button' aria-role='button' aria-expanded={open} data-testid={`how-toggle-${testId}`} onClick={() => setOpen(!open)}>{`${label}${open ? ' ▴' : ' ▾'}`}</View>
      {open ? <View className='cc-how' data-testid={`how-body-${testId}`}>{children}</View> : null}
    </View>
  )
}
