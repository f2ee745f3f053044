import { View } from '@tarojs/components'
import { ChoiceList } from '@/components/ChoiceList'
import { Field } from '@/components/Field'
import { TextInput } from '@/components/TextInput'
import { formatFen, parseYuanInput } from '@/domain/money/yuanInput'
import { claimFields, lenderKeys, type ClaimField } from '@/storage/caseRecord'
import { assignmentAnswers } from '@/domain/lifecycle/assignment'
import { assignmentAsked } from '@/services/intakeSave'
import { intakeText as m } from '@/i18n/intake'
import { issueText, type StepProps } from './stepProps'

/** 第四步：原告（常见出借方或手填）和起诉金额（可不填）。 */
export function StepLender({ form, issues, update, focusField }: StepProps) {
  return (
    <>
      <Field label={m.labels.lenderKey} error={issueText(issues, 'lenderKey')} testId='lenderKey'>
        <ChoiceList options={lenderKeys.map((value) => ({ value, label: m.lenders[value] }))} selected={[form.lenderKey]} onToggle={(v) => update({ lenderKey: v })} label={m.labels.lenderKey} testIdPrefix='lender' />
      </Field>
      {form.lenderKey === 'other' ? (
        <Field label={m.labels.lenderOther} error={issueText(issues, 'lenderOther')} testId='lenderOther'>
          <TextInput value={form.lenderOther} onChange={(v) => update({ lenderOther: v })} placeholder={m.lenderOtherPlaceholder} label={m.labels.lenderOther} focus={focusField === 'lenderOther'} testId='lenderOther' />
        </Field>
      ) : null}
      {/* 可选：原告可能是买下债权的一方时才问（债权转让，民法典第五百四十六条）。再点一次取消选择。 */}
      {assignmentAsked(form.lenderKey) ? (
        <Field label={m.labels.assignment} hint={m.assignmentHint} testId='assignment'>
          <ChoiceList options={assignmentAnswers.map((value) => ({ value, label: m.assignmentChoices[value] }))} selected={[form.assignment]} onToggle={(v) => update({ assignment: v === form.assignment ? '' : v })} label={m.labels.assignment} testIdPrefix='assignment' />
        </Field>
      ) : null}
      <Field label={m.amountsTitle} testId='amounts'>
        {claimFields.map((field) => (
          <Field key={field} label={m.labels[field]} error={issueText(issues, field)} testId={field}>
            <TextInput inputMode='decimal' value={form[field]} onChange={(v) => update({ [field]: v })} placeholder={m.amountPlaceholder} label={m.labels[field]} focus={focusField === field} testId={field} />
            <AmountUnderstood field={field} text={form[field]} />
          </Field>
        ))}
      </Field>
    </>
  )
}

/**
 * 输入框下面写出我们读懂的金额（12,345.67 元）：逗号、“元”、全角数字、“万”都认，
 * 但认成了多少要让用户亲眼看到，而不是悄悄改掉他写的字。写错的由校验在这一项下面说。
 */
function AmountUnderstood({ field, text }: { field: ClaimField; text: string }) {
  const parsed = parseYuanInput(text)
  if (!parsed.ok || parsed.empty) return null
  return <View className='field__understood' data-testid={`amount-understood-${field}`}>{m.amountUnderstood(formatFen(parsed.fen))}</View>
}
