import { View } from '@tarojs/components'
import { Card } from '@/components/Card'
import { Field } from '@/components/Field'
import { TextInput } from '@/components/TextInput'
import { commonExhibits, exhibitAspects, exhibitStances, type CommonExhibit, type ExhibitAspect } from '@/domain/documents/afterAnswer/exhibits'
import type { ExhibitDraftRecord } from '@/storage/documentStore'
import { exhibitSuggestions, exhibitText as m } from '@/i18n/documentsAfterAnswerHelp'
import { TextArea } from '@/components/TextArea'

type Props = { n: number; exhibit: ExhibitDraftRecord; onChange: (next: ExhibitDraftRecord) => void; onRemove: () => void }

const commonOf = (value: string | undefined): CommonExhibit | undefined => (commonExhibits as readonly string[]).includes(value ?? '') ? (value as CommonExhibit) : undefined

/** 一份证据的三性：每一项选“认可 / 不认可 / 无法确认”，可以写理由，常见证据有诚实的常见理由可以点选。 */
function AspectControl({ id, aspect, exhibit, onChange }: { id: string; aspect: ExhibitAspect; exhibit: ExhibitDraftRecord; onChange: Props['onChange'] }) {
  const value = exhibit[aspect] ?? {}
  const set = (patch: { stance?: string; reason?: string }) => onChange({ ...exhibit, [aspect]: { ...value, ...patch } })
  const common = commonOf(exhibit.common)
  const suggestion = common ? exhibitSuggestions[common]?.[aspect] : undefined
  return (
    <View data-testid={`exhibit-${id}-${aspect}`}>
      <View className='exhibit__aspect'>{m.aspects[aspect].name}</View>
      <View className='exhibit__meaning'>{m.aspects[aspect].meaning}</View>
      <View className='answer-item__stance' role='radiogroup' aria-role='radiogroup' aria-label={m.aspects[aspect].name}>
        {exhibitStances.map((stance) => (
          <View key={stance} className={`answer-item__stance-option${value.stance === stance ? ' answer-item__stance-option--on' : ''}`} role='radio' aria-role='radio' aria-checked={value.stance === stance}
            aria-label={m.stances[stance]} data-testid={`exhibit-${id}-${aspect}-${stance}`} onClick={() => set({ stance: value.stance === stance ? '' : stance })}>
            {m.stances[stance]}
          </View>
        ))}
      </View>
      {suggestion && !(value.reason ?? '').includes(suggestion) ? (
        <View className='exhibit__suggestion' role='button' aria-role='button' data-testid={`exhibit-${id}-${aspect}-suggest`} onClick={() => set({ reason: suggestion })}>{m.suggestion + suggestion}</View>
      ) : null}
      <TextArea value={value.reason ?? ''} onChange={(reason) => set({ reason })} placeholder={m.reason} testId={`exhibit-${id}-${aspect}-reason`} label={`${m.aspects[aspect].name}：${m.reason}`} />
    </View>
  )
}

/** 原告的一份证据：名称、证明目的、三性、对证明目的的意见。 */
export function ExhibitCard({ n, exhibit, onChange, onRemove }: Props) {
  const id = String(n)
  return (
    <Card title={`${n}.${exhibit.name?.trim() || m.unnamed}`} testId={`exhibit-${id}`}>
      <Field label={m.name} testId={`exhibit-${id}-name`}>
        <TextInput value={exhibit.name ?? ''} onChange={(name) => onChange({ ...exhibit, name })} testId={`exhibit-${id}-name`} label={m.name} />
      </Field>
      <Field label={m.purpose} testId={`exhibit-${id}-purpose`}>
        <TextInput value={exhibit.purpose ?? ''} onChange={(purpose) => onChange({ ...exhibit, purpose })} testId={`exhibit-${id}-purpose`} label={m.purpose} />
      </Field>
      {exhibitAspects.map((aspect) => <AspectControl key={aspect} id={id} aspect={aspect} exhibit={exhibit} onChange={onChange} />)}
      <View className='exhibit__aspect'>{m.opinion}</View>
      <TextArea value={exhibit.opinion ?? ''} onChange={(opinion) => onChange({ ...exhibit, opinion })} placeholder={m.opinionPlaceholder} testId={`exhibit-${id}-opinion`} label={m.opinion} />
      <View className='link-button' role='button' aria-role='button' data-testid={`exhibit-${id}-remove`} onClick={onRemove}>{m.remove}</View>
    </Card>
  )
}
