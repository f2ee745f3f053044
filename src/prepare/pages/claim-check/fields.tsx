import { View } from '@tarojs/components'
import { DateInput } from '@/components/DateInput'
import { Field } from '@/components/Field'
import { TextInput } from '@/components/TextInput'
import { parseYuanInput, formatFen } from '@/domain/money/yuanInput'
import type { ClaimFormIssue } from '@/services/claimCheckForm'
import { claimCheckText as m } from '@/i18n/claimCheck'

/** The plain-Chinese message for a field's issue, with the field's own name in it. */
export function issueFor(issues: readonly ClaimFormIssue[], field: string, label: string): string | undefined {
  const issue = issues.find((i) => i.field === field)
  return issue ? m.issues[issue.code](label) : undefined
}

interface FieldProps {
  testId: string
  label: string
  hint?: string
  value: string
  error?: string
  onChange: (value: string) => void
}

/** 金额：照原样显示用户敲的字；认得出但写法不同（逗号、万、全角）时，下面说明按多少元算。 */
export function AmountField({ testId, label, hint, value, error, onChange }: FieldProps) {
  const parsed = parseYuanInput(value)
  const readAs = parsed.ok && !parsed.empty && parsed.normalized !== value.trim() ? m.readAs(formatFen(parsed.fen)) : null
  return (
    <Field label={label} hint={hint} error={error} testId={testId}>
      <TextInput value={value} onChange={onChange} placeholder={m.amountPlaceholder} testId={testId} label={label} inputMode='decimal' />
      {readAs && !error ? <View className='prep-hint' data-testid={`read-as-${testId}`}>{readAs}</View> : null}
    </Field>
  )
}

/** 日期：可以直接输入，也可以点“选择”。 */
export function DateField({ testId, label, hint, value, error, onChange, today }: FieldProps & { today: string }) {
  return (
    <Field label={label} hint={hint} error={error} testId={testId}>
      <DateInput mode='date' value={value} onChange={onChange} placeholder={m.datePlaceholder} pickLabel={m.pickDate} label={label} pickerStart={today} testId={testId} />
    </Field>
  )
}
