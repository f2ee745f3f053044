import { ChoiceList } from '@/components/ChoiceList'
import { Field } from '@/components/Field'
import { TextInput } from '@/components/TextInput'
import { claimFields, lenderKeys } from '@/storage/caseRecord'
import { intakeText as m } from '@/i18n/intake'
import { issueText, type StepProps } from './stepProps'

/** 第四步：原告（常见出借方或手填）和起诉金额（可不填）。 */
export function StepLender({ form, issues, update }: StepProps) {
  return (
    <>
      <Field label={m.labels.lenderKey} error={issueText(issues, 'lenderKey')} testId='lenderKey'>
        <ChoiceList options={lenderKeys.map((value) => ({ value, label: m.lenders[value] }))} selected={[form.lenderKey]} onToggle={(v) => update({ lenderKey: v })} testIdPrefix='lender' />
      </Field>
      {form.lenderKey === 'other' ? (
        <Field label={m.labels.lenderOther} error={issueText(issues, 'lenderOther')} testId='lenderOther'>
          <TextInput value={form.lenderOther} onChange={(v) => update({ lenderOther: v })} placeholder={m.lenderOtherPlaceholder} testId='lenderOther' />
        </Field>
      ) : null}
      <Field label={m.amountsTitle} testId='amounts'>
        {claimFields.map((field) => (
          <Field key={field} label={m.labels[field]} error={issueText(issues, field)} testId={field}>
            <TextInput type='digit' value={form[field]} onChange={(v) => update({ [field]: v })} placeholder={m.amountPlaceholder} testId={field} />
          </Field>
        ))}
      </Field>
    </>
  )
}
