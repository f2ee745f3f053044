import { View } from '@tarojs/components'
import { Notice } from '@/components/Notice'
import { commonExhibits, MAX_EXHIBITS, type CommonExhibit } from '@/domain/documents/afterAnswer/exhibits'
import type { ExhibitDraftRecord } from '@/storage/documentStore'
import { exhibitText as m } from '@/i18n/documentsAfterAnswerHelp'
import { ExhibitCard } from './ExhibitCard'

/** `newId(n)`: an id for the n-th exhibit that no other exhibit of this draft has. */
type Props = { exhibits: readonly ExhibitDraftRecord[]; onChange: (next: ExhibitDraftRecord[]) => void; newId: (n: number) => string }

/** 质证意见：照原告的证据目录逐份添加，每份选三性的意见。 */
export function ExhibitEditor({ exhibits, onChange, newId }: Props) {
  const add = (common?: CommonExhibit) => {
    if (exhibits.length >= MAX_EXHIBITS) return
    onChange([...exhibits, { id: newId(exhibits.length), ...(common ? { common, name: m.common[common] } : {}) }])
  }
  const replace = (i: number, next: ExhibitDraftRecord) => onChange(exhibits.map((e, j) => (j === i ? next : e)))
  return (
    <View data-testid='exhibit-editor'>
      <View className='section-title' role='heading' aria-role='heading' aria-level={2}>{m.title}</View>
      <Notice testId='exhibit-lead'>{m.lead}</Notice>
      <Notice tone='warning' testId='exhibit-stance-help'>{m.stanceHelp}</Notice>
      <View className='section-hint'>{m.addCommon}</View>
      <View className='exhibit__chips'>
        {commonExhibits.map((c) => (
          <View key={c} className='exhibit__chip' role='button' aria-role='button' data-testid={`add-exhibit-${c}`} onClick={() => add(c)}>{m.common[c]}</View>
        ))}
        <View className='exhibit__chip' role='button' aria-role='button' data-testid='add-exhibit-other' onClick={() => add()}>{m.addOther}</View>
      </View>
      {exhibits.length === 0 ? <View className='section-hint' data-testid='exhibits-empty'>{m.empty}</View> : null}
      {exhibits.map((exhibit, i) => (
        <ExhibitCard key={exhibit.id} n={i + 1} exhibit={exhibit} onChange={(next) => replace(i, next)} onRemove={() => onChange(exhibits.filter((_, j) => j !== i))} />
      ))}
    </View>
  )
}
