import { View } from '@tarojs/components'
import { Card } from '@/components/Card'
import { Term, TermText } from '@/components/Term'
import { ChoiceList } from '@/components/ChoiceList'
import { confirmAction } from '@/adapters/modal'
import type { ClaimedItems } from '@/domain/claims/findings'
import type { AnswerForm, AnswerItem } from '@/domain/documents/answerForms'
import { admitsAmount } from '@/domain/documents/answerItems'
import type { Prefill } from '@/domain/documents/answerPrefill'
import { claimedLabel } from '@/domain/documents/claimedLabels'
import { documentAmount } from '@/domain/documents/format'
import type { AnswerValues, Stance } from '@/domain/documents/template'
import type { AnswerDraft } from '@/storage/documentStore'
import { documentsText } from '@/i18n/documents'
import { answerItemHelp, answerText as a } from '@/i18n/documentsAnswer'
import { TextArea } from '@/components/TextArea'

const m = documentsText.answer
const STANCES: readonly Stance[] = ['agree', 'object', 'unsure']

export type ItemCardProps = {
  n: number
  item: AnswerItem
  form: AnswerForm
  answers: AnswerValues
  drafted: Record<string, AnswerDraft>
  prefill: Prefill | null
  claimed: ClaimedItems
  repaymentsReflected?: string
  onRepaymentsReflected: (value: string | null) => void
  onAnswer: (id: string, patch: AnswerDraft | null) => void
}

/** 「起诉状扣除了你的还款吗」: asked on the 还款情况 item when the claim check listed repayments. */
function RepaymentsQuestion({ value, onChange }: { value?: string; onChange: (v: string | null) => void }) {
  const opts = Object.entries(a.repaymentsReflected).map(([v, label]) => ({ value: v, label }))
  return (
    <View data-testid='repayments-reflected'>
      <View className='answer-item__part'>{a.repaymentsQuestion}</View>
      <View className='answer-item__help'>{a.repaymentsHint}</View>
      <ChoiceList options={opts} selected={value ? [value] : []} onToggle={(v) => onChange(value === v ? null : v)} testIdPrefix='repayments-reflected' label={a.repaymentsQuestion} />
    </View>
  )
}

/** 一项：问的是什么、选“无异议”意味着什么；三个选择；“无异议”落在金额上先确认。 */
export function AnswerItemCard(props: ItemCardProps) {
  const { n, item, form, answers, drafted, prefill, claimed, onAnswer } = props
  const value = answers[item.id] ?? {}
  const source = prefill?.sources[item.id]
  const edited = drafted[item.id] !== undefined || (item.parts ?? []).some((p) => drafted[`${item.id}.${p.id}`] !== undefined)
  const claimedParts = (item.claimed ?? []).flatMap((key) => (typeof claimed[key] === 'number' ? [`${claimedLabel(form.claimKind, key)}${documentAmount(claimed[key] as number)}`] : []))
  const showReason = item.kind === 'text' || value.stance === 'object' || value.stance === 'unsure' || (value.text ?? '') !== ''
  const limitation = prefill?.points[item.id]?.includes('limitation_may_have_run') ?? false
  const choose = async (stance: Stance) => {
    if (value.stance === stance) { onAnswer(item.id, { ...drafted[item.id], stance: '' }); return }
    if (stance === 'agree' && admitsAmount(item.id)) {
      const ok = await confirmAction({ title: a.confirmTitle, content: a.confirmContent(item.heading), confirmText: a.confirmYes, cancelText: a.confirmNo })
      if (!ok) return
    }
    onAnswer(item.id, { ...drafted[item.id], stance })
  }
  return (
    <Card title={`${n}.${item.heading}`} testId={`answer-${item.id}`}>
      {claimedParts.length > 0 ? <View className='answer-item__claimed'>{m.claimedLabel + claimedParts.join('；')}</View> : null}
      {answerItemHelp[item.id] ? <View className='answer-item__help' data-testid={`help-${item.id}`}><TermText text={answerItemHelp[item.id]} /></View> : null}
      {source && !edited ? <View className='answer-item__note' data-testid={`prefilled-${item.id}`}>{source === 'evidence' ? m.fromEvidence : m.fromCheck}</View> : null}
      {limitation ? <View className='answer-item__note' data-testid={`limitation-note-${item.id}`}>{a.limitationPrefilled}</View> : null}
      {prefill?.reference[item.id] ? <View className='answer-item__note answer-item__note--reference'>{m.reference}</View> : null}
      {item.id === form.elementItem.repayments && source === 'claim_check' ? <RepaymentsQuestion value={props.repaymentsReflected} onChange={props.onRepaymentsReflected} /> : null}
      {item.kind === 'stance' ? (
        <View className='answer-item__stance' role='radiogroup' aria-label={item.heading}>
          {STANCES.map((stance) => (
            <View key={stance} className={`answer-item__stance-option${value.stance === stance ? ' answer-item__stance-option--on' : ''}`} role='radio' aria-checked={value.stance === stance}
              data-testid={`stance-${item.id}-${stance}`} onClick={() => { void choose(stance) }}>
              {m[stance]}
            </View>
          ))}
        </View>
      ) : null}
      {item.kind === 'stance' && admitsAmount(item.id) ? <Term term='admission' label={a.agreeIsAdmission} /> : null}
      {value.stance === 'unsure' ? <View className='answer-item__printed' data-testid={`unsure-printed-${item.id}`}>{a.unsurePrinted}</View> : null}
      {showReason && !item.parts ? (
        <TextArea value={value.text ?? ''} onChange={(text) => onAnswer(item.id, { ...drafted[item.id], text })} placeholder={m.reasonPlaceholder} testId={`reason-${item.id}`} label={`${item.heading}：${m.reasonLabel}`} />
      ) : null}
      {(item.parts ?? []).map((part) => (
        <View key={part.id}>
          <View className='answer-item__part'>{part.label}</View>
          <TextArea value={answers[`${item.id}.${part.id}`]?.text ?? ''} onChange={(text) => onAnswer(`${item.id}.${part.id}`, { text })} testId={`reason-${item.id}-${part.id}`} label={`${item.heading}：${part.label}`} />
        </View>
      ))}
      {source && !edited ? (
        <View className='link-button' data-testid={`clear-${item.id}`} onClick={() => onAnswer(item.id, { stance: '', text: '' })}>{a.clear}</View>
      ) : null}
      {source && edited ? (
        <View className='link-button' data-testid={`restore-${item.id}`} onClick={() => { onAnswer(item.id, null); for (const p of item.parts ?? []) onAnswer(`${item.id}.${p.id}`, null) }}>{m.restore}</View>
      ) : null}
    </Card>
  )
}
