import { View } from '@tarojs/components'
import { ChoiceList } from '@/components/ChoiceList'
import { Notice } from '@/components/Notice'
import { TermText } from '@/components/Term'
import type { ClaimKind } from '@/domain/claims/claimKind'
import { claimKinds } from '@/domain/claims/claimKind'
import type { ClaimedItems } from '@/domain/claims/findings'
import { answerFormFor, type AnswerForm } from '@/domain/documents/answerForms'
import type { Prefill } from '@/domain/documents/answerPrefill'
import type { AnswerValues } from '@/domain/documents/template'
import type { AnswerDraft } from '@/storage/documentStore'
import { claimKindName, documentsText } from '@/i18n/documents'
import { answerText } from '@/i18n/documentsAnswer'
import { AnswerItemCard } from './AnswerItemCard'

const m = documentsText.answer

export type AnswerItemsProps = {
  form: AnswerForm
  claimKind: ClaimKind
  answers: AnswerValues
  drafted: Record<string, AnswerDraft>
  prefill: Prefill | null
  claimed: ClaimedItems
  repaymentsReflected?: string
  onRepaymentsReflected: (value: string | null) => void
  onClaimKind: (kind: ClaimKind) => void
  onAnswer: (id: string, patch: AnswerDraft | null) => void
}

/** 要素式答辩状的表格：选案由（没有专用表格时说明用的是哪一份），再逐项选“无异议/有异议/不确定”。 */
export function AnswerItems(props: AnswerItemsProps) {
  const { form } = props
  const card = (n: number, item: AnswerForm['defence'][number]) => (
    <AnswerItemCard key={item.id} n={n} item={item} form={form} answers={props.answers} drafted={props.drafted} prefill={props.prefill} claimed={props.claimed}
      repaymentsReflected={props.repaymentsReflected} onRepaymentsReflected={props.onRepaymentsReflected} onAnswer={props.onAnswer} />
  )
  return (
    <View data-testid='answer-items'>
      <View className='section-title' role='heading' aria-role='heading' aria-level={2}>{m.claimKindTitle}</View>
      <View className='section-hint'>{m.claimKindHint}</View>
      <ChoiceList options={claimKinds.map((k) => ({ value: k, label: claimKindName[k] }))} selected={[props.claimKind]} onToggle={props.onClaimKind} testIdPrefix='claim-kind' label={m.claimKindTitle} />
      {form.basedOn ? <Notice testId='form-based-on'>{answerText.formBasedOn(form.caseType, answerFormFor(form.basedOn).caseType)}</Notice> : null}
      <Notice tone='warning' testId='answer-meaning'><TermText text={answerText.meaning} /></Notice>
      <View className='section-title' role='heading' aria-role='heading' aria-level={2}>{m.defenceTitle}</View>
      {form.defence.map((item, i) => card(i + 1, item))}
      <View className='section-title' role='heading' aria-role='heading' aria-level={2}>{m.factsTitle}</View>
      <View className='section-hint'>{m.factsHint}</View>
      {form.facts.map((item, i) => card(i + 1, item))}
    </View>
  )
}
