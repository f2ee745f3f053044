import { View } from '@tarojs/components'
import { useState } from 'react'
import type { ConductCode, ConductRule } from '@/domain/collection/conduct'
import { legalTextLabels, legalTexts } from '@/i18n/legalTexts'
import { collectionText as m, conductText, scopeText } from '@/i18n/collection'
import './collection.css'

/** 一条依据：条文名可点，展开原文（或注明节选、要点）；[S] 的标“参考”，适用范围有限的写明。 */
export function Rule({ rule, testId }: { rule: ConductRule; testId: string }) {
  const [open, setOpen] = useState(false)
  const law = legalTexts[rule.citation]
  return (
    <View className='co-rule'>
      <View className='co-rule__name' role='button' aria-expanded={open} data-testid={testId} onClick={() => setOpen(!open)}>
        {m.citation(rule.citation)}
        {rule.confidence === 'S' ? <View className='co-rule__tag'>{m.reference}</View> : null}
      </View>
      {scopeText[rule.scope] ? <View className='co-rule__scope'>{scopeText[rule.scope]}</View> : null}
      {open ? <View className='co-rule__text' data-testid={`${testId}-text`}>{law ? `${law.text}${law.kind === 'quote' ? '' : legalTextLabels[law.kind]}` : legalTextLabels.missing}</View> : null}
    </View>
  )
}

/** 催收人员不能做的一件事：点开看为什么和依据。 */
export function ConductCard({ code, rules }: { code: ConductCode; rules: readonly ConductRule[] }) {
  const [open, setOpen] = useState(false)
  const text = conductText[code]
  return (
    <View className='co-conduct' data-testid={`conduct-${code}`}>
      <View className='co-conduct__head' role='button' aria-expanded={open} data-testid={`conduct-head-${code}`} onClick={() => setOpen(!open)}>
        <View>{text.title}</View>
        <View aria-hidden='true'>{open ? '−' : '+'}</View>
      </View>
      {open ? (
        <View className='co-conduct__body'>
          <View>{text.why}</View>
          <View className='co-hint'>{m.basisTitle}</View>
          {rules.map((rule, i) => <Rule key={rule.citation} rule={rule} testId={`rule-${code}-${i}`} />)}
        </View>
      ) : null}
    </View>
  )
}
