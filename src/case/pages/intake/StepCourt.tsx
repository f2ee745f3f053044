import { View } from '@tarojs/components'
import { ChoiceList } from '@/components/ChoiceList'
import { Field } from '@/components/Field'
import { Notice } from '@/components/Notice'
import { TextInput } from '@/components/TextInput'
import { parseCaseNumber } from '@/domain/case/caseNumber'
import { procedureChoices } from '@/storage/caseRecord'
import { intakeText as m } from '@/i18n/intake'
import { asksInstance, suggestInstanceFromNumber } from '@/services/intakeValidation'
import { issueText, type StepProps } from './stepProps'

/** 第三步：法院、案号（边输边识别）、审理程序（可选“不确定”）。 */
/** “不确定”排在最前面：拿不准的人最多，选它最稳妥。 */
const PROCEDURE_ORDER = ['unsure', ...procedureChoices.filter((p) => p !== 'unsure')] as const

export function StepCourt({ form, issues, update, suggested, focusField }: StepProps & { suggested: boolean }) {
  const parsed = form.caseNumber.trim() ? parseCaseNumber(form.caseNumber) : null
  const caseNumberError = issueText(issues, 'caseNumber')
  return (
    <>
      <Field label={m.labels.court} error={issueText(issues, 'court')} testId='court'>
        <TextInput value={form.court} onChange={(v) => update({ court: v })} placeholder={m.courtPlaceholder} label={m.labels.court} focus={focusField === 'court'} testId='court' />
      </Field>
      <Field label={m.labels.caseNumber} error={caseNumberError} testId='caseNumber'>
        <TextInput value={form.caseNumber} onChange={(v) => update({ caseNumber: v, caseNumberUnchecked: false })} placeholder={m.caseNumberPlaceholder} label={m.labels.caseNumber} focus={focusField === 'caseNumber'} testId='caseNumber' />
        {parsed?.ok ? <View className='field__hint' data-testid='case-number-recognised'>{m.caseNumberRecognised(parsed.value.normalized)}</View> : null}
        {caseNumberError ? (
          <View className='link-button' role='button' aria-role='button' aria-label={m.continueWithoutCaseNumber} data-testid='continue-without-case-number' onClick={() => update({ caseNumberUnchecked: true })}>{m.continueWithoutCaseNumber}</View>
        ) : null}
      </Field>
      {asksInstance(form) ? (
        <Field label={m.labels.instance} hint={suggestInstanceFromNumber(form.caseNumber) === 'second' && form.instance === 'second' ? m.instanceSuggested : m.instanceHint} error={issueText(issues, 'instance')} testId='instance'>
          <ChoiceList options={(['first', 'second'] as const).map((value) => ({ value, label: m.instances[value] }))} selected={[form.instance]} onToggle={(v) => update({ instance: v })} label={m.labels.instance} testIdPrefix='instance' />
        </Field>
      ) : null}
      <Field label={m.labels.procedure} hint={suggested ? m.procedureSuggested : m.procedureHint} error={issueText(issues, 'procedure')} testId='procedure'>
        <ChoiceList options={PROCEDURE_ORDER.map((value) => ({ value, label: m.procedures[value] }))} selected={[form.procedure]} onToggle={(v) => update({ procedure: v })} label={m.labels.procedure} testIdPrefix='procedure' />
      </Field>
      {form.procedure === 'unsure' ? <Notice testId='unsure-note'>{m.unsureNote}</Notice> : null}
    </>
  )
}
