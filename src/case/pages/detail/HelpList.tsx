import { View } from '@tarojs/components'
import { useState } from 'react'
import { lifecycleText as m } from '@/i18n/lifecycle'
import { TermText } from '@/components/Term'
import { BasisList } from './BasisList'
import { Fold, FoldToggle } from './Fold'
import './HelpList.css'

/** One piece of advice with its articles; `detail` marks a legal exception few users meet. */
export type HelpEntry<C extends string> = { code: C; basis: readonly string[]; detail?: true }

/**
 * 一组建议（错过期限后还能做的事、再审、执行、下一步的补充）：每条一段文字，先给结论。条文统一收在一个
 * “依据”开关后面，点开后每条下面出现自己的依据；少见的例外（detail）再收进一个开关。
 * testId 前缀：条目 `${testId}-${code}`，依据 `basis-${testId}-${i}`（i 是在整组里的序号）。
 */
export function HelpList<C extends string>({ items, text, testId }: { items: readonly HelpEntry<C>[]; text: (code: C) => string; testId: string }) {
  const [showBasis, setShowBasis] = useState(false)
  const count = new Set(items.flatMap((item) => item.basis)).size
  const entry = (item: HelpEntry<C>) => {
    const i = items.indexOf(item)
    return (
      <View key={item.code} className='help__item' data-testid={`${testId}-${item.code}`}>
        <TermText text={text(item.code)} />
        {showBasis ? <BasisList basis={item.basis} testId={`${testId}-${i}`} compact /> : null}
      </View>
    )
  }
  const details = items.filter((item) => item.detail)
  return (
    <View className='help'>
      {items.filter((item) => !item.detail).map(entry)}
      {details.length > 0 ? <Fold label={m.moreToggle(details.length)} testId={`more-${testId}`}>{details.map(entry)}</Fold> : null}
      {count > 0 ? <FoldToggle label={m.basisToggle(count)} open={showBasis} onToggle={() => setShowBasis(!showBasis)} testId={`basis-${testId}`} /> : null}
    </View>
  )
}
