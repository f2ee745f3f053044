import { View } from '@tarojs/components'
import { Card } from '@/components/Card'
import { ChoiceList } from '@/components/ChoiceList'
import type { ClaimKind } from '@/domain/claims/claimKind'
import { claimKinds } from '@/domain/claims/claimKind'
import type { ClaimedItems } from '@/domain/claims/findings'
import type { AnswerForm, AnswerItem } from '@/domain/documents/answerForms'
import type { Prefill } from '@/domain/documents/answerPrefill'
import { claimedLabel } from '@/domain/documents/claimedLabels'
import { documentAmount } from '@/domain/documents/format'
import type { AnswerValues } from '@/domain/documents/template'
import type { AnswerDraft } from '@/storage/documentStore'
import { claimKindName, documentsText } from '@/i18n/documents'
import { TextArea } from '../../components/TextArea'

const m = documentsText.answer

export type AnswerItemsProps = {
  form: AnswerForm
  claimKind: ClaimKind
  answers: AnswerValues
  drafted: Record<string, AnswerDraft>
  prefill: Prefill | null
  claimed: ClaimedItems
  onClaimKind: (kind: ClaimKind) => void
  onAnswer: (id: string, patch: AnswerDraft | null) => void
}

function ItemCard({ n, item, props }: { n: number; item: AnswerItem; props: AnswerItemsProps }) {
  const { answers, drafted, prefill, claimed, form, onAnswer } = props
  const value = answers[item.id] ?? {}
  const source = prefill?.sources[item.id]
  const edited = drafted[item.id] !== undefined || (item.parts ?? []).some((p) => drafted[`${item.id}.${p.id}`] !== undefined)
  const claimedParts = (item.claimed ?? []).flatMap((key) => (typeof claimed[key] === 'number' ? [`${claimedLabel(form.claimKind, key)}${documentAmount(claimed[key] as number)}`] : []))
  const showReason = item.kind === 'text' || value.stance === 'object' || (value.text ?? '') !== ''
  return (
    <Card title={`${n}.${item.heading}`} testId={`answer-${item.id}`}>
      {claimedParts.length > 0 ? <View className='answer-item__claimed'>{m.claimedLabel + claimedParts.join('；')}</View> : null}
      {source && !edited ? <View className='answer-item__note' data-testid={`prefilled-${item.id}`}>{source === 'evidence' ? m.fromEvidence : m.fromCheck}</View> : null}
      {prefill?.reference[item.id] ? <View className='answer-item__note answer-item__note--reference'>{m.reference}</View> : null}
      {item.kind === 'stance' ? (
        <View className='answer-item__stance'>
          {(['agree', 'object'] as const).map((stance) => (
            <View key={stance} className={`answer-item__stance-option${value.stance === stance ? ' answer-item__stance-option--on' : ''}`} role='radio' aria-checked={value.stance === stance}
              data-testid={`stance-${item.id}-${stance}`} onClick={() => onAnswer(item.id, { ...drafted[item.id], stance: value.stance === stance ? '' : stance })}>
              {m[stance]}
            </View>
          ))}
        </View>
      ) : null}
      {showReason && !item.parts ? (
        <TextArea value={value.text ?? ''} onChange={(text) => onAnswer(item.id, { ...drafted[item.id], text })} placeholder={m.reasonPlaceholder} testId={`reason-${item.id}`} />
      ) : null}
      {(item.parts ?? []).map((part) => (
        <View key={part.id}>
          <View className='answer-item__part'>{part.label}</View>
          <TextArea value={answers[`${item.id}.${part.id}`]?.text ?? ''} onChange={(text) => onAnswer(`${item.id}.${part.id}`, { text })} testId={`reason-${item.id}-${part.id}`} />
        </View>
      ))}
      {source && edited ? (
        <View className='link-button' data-testid={`restore-${item.id}`} onClick={() => { onAnswer(item.id, null); for (const p of item.parts ?? []) onAnswer(`${item.id}.${p.id}`, null) }}>{m.restore}</View>
      ) : null}
    </Card>
  )
}

/** 要素式答辩状的表格：选案由，再逐项选“无异议/有异议”，有异议的写理由。 */
export function AnswerItems(props: AnswerItemsProps) {
  return (
    <View data-testid='answer-items'>
      <View className='section-title'>{m.claimKindTitle}</View>
      <View className='section-hint'>{m.claimKindHint}</View>
      <ChoiceList options={claimKinds.map((k) => ({ value: k, label: claimKindName[k] }))} selected={[props.claimKind]} onToggle={props.onClaimKind} testIdPrefix='claim-kind' label={m.claimKindTitle} />
      <View className='section-title'>{m.defenceTitle}</View>
      {props.form.defence.map((item, i) => <ItemCard key={item.id} n={i + 1} item={item} props={props} />)}
      <View className='section-title'>{m.factsTitle}</View>
      <View className='section-hint'>{m.factsHint}</View>
      {props.form.facts.map((item, i) => <ItemCard key={item.id} n={i + 1} item={item} props={props} />)}
    </View>
  )
}
