import { View } from '@tarojs/components'
import { useState } from 'react'
import { glossary, glossaryText, splitTerms, type GlossaryTerm } from '@/i18n/glossary'
import { NoBreakDates } from './NoBreakDates'
import './Term.css'

/** 可以点的词：虚线下划线，字后面的 ⓘ 由样式画出（不进文字内容，读屏和复制都只有词本身）；读屏念词本身，再说点了会怎样（小程序读不到 aria-expanded，所以写进名字里）。 */
function TermButton({ term, word, open, onToggle }: { term: GlossaryTerm; word: string; open: boolean; onToggle: () => void }) {
  return (
    <View className='term' role='button' aria-role='button' aria-expanded={open} aria-label={glossaryText.name(word, open)} data-testid={`term-${term}`}
      onClick={(e) => { e.stopPropagation(); onToggle() }}>
      {word}
    </View>
  )
}

/** 点开后的一句解释，就在这段文字下面。 */
function Explanation({ term, word }: { term: GlossaryTerm; word: string }) {
  return <View className='term-explain' data-testid={`term-explain-${term}`}>{`${word}：${glossary[term].plain}`}</View>
}

/**
 * 一段文字，其中词典里有的法律用语可以点（每个词只在第一次出现时）；点了在这段下面出现一句白话解释，再点收起。
 * 日期照样整体不断行（同 NoBreakDates）。`terms` 只认这几个词。
 */
export function TermText({ text, terms, testId }: { text: string; terms?: readonly GlossaryTerm[]; testId?: string }) {
  const [open, setOpen] = useState<GlossaryTerm | null>(null)
  const parts = splitTerms(text, terms)
  const openWord = parts.find((p) => p.term === open)?.text
  return (
    <View className='term-text' data-testid={testId}>
      <View>
        {parts.map((part, i) => (part.term
          ? <TermButton key={i} term={part.term} word={part.text} open={open === part.term} onToggle={() => setOpen(open === part.term ? null : part.term ?? null)} />
          : <NoBreakDates key={i} text={part.text} />))}
      </View>
      {open && openWord ? <Explanation term={open} word={openWord} /> : null}
    </View>
  )
}

/** 单独的一个词（比如“无异议”旁边的“自认”）：`label` 是显示的字，默认是词本身。 */
export function Term({ term, label }: { term: GlossaryTerm; label?: string }) {
  const [open, setOpen] = useState(false)
  const word = label ?? glossary[term].forms[0]
  return (
    <View className='term-text'>
      <TermButton term={term} word={word} open={open} onToggle={() => setOpen(!open)} />
      {open ? <Explanation term={term} word={glossary[term].forms[0]} /> : null}
    </View>
  )
}
