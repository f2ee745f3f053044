import { ChoiceList } from '@/components/ChoiceList'
import { DateInput } from '@/components/DateInput'
import { Field } from '@/components/Field'
import { TextInput } from '@/components/TextInput'
import type { DraftFields, DraftIssue } from '@/domain/documents/draftFields'
import { documentsText as m, fieldText, issueText, options, type FieldKey } from '@/i18n/documents'
import { TextArea } from '@/components/TextArea'
import type { Control } from './docForms'

export type FieldsProps = {
  controls: readonly Control[]
  form: DraftFields
  issues: readonly DraftIssue[]
  today: string
  onField: (key: FieldKey, value: string) => void
  onChoices: (key: FieldKey, values: string[]) => void
}

/** 一个问题：标题、说明、输入控件，填错的提示写在这一项下面。 */
function FieldControl({ control, form, issues, today, onField, onChoices }: Omit<FieldsProps, 'controls'> & { control: Control }) {
  const text = fieldText[control.key]
  const issue = issues.find((i) => i.field === control.key)
  const error = issue ? issueText[issue.code](text.label) : undefined
  const value = form.fields[control.key] ?? ''
  const input = () => {
    switch (control.type) {
      case 'multi':
      case 'single': {
        const chosen = form.choices[control.key] ?? []
        const labels = options[control.options] as Record<string, string>
        const toggle = (code: string) => {
          if (control.type === 'single') onChoices(control.key, chosen.includes(code) ? [] : [code])
          else onChoices(control.key, chosen.includes(code) ? chosen.filter((c) => c !== code) : [...chosen, code])
        }
        return <ChoiceList options={Object.entries(labels).map(([v, label]) => ({ value: v, label }))} selected={chosen} onToggle={toggle} multiple={control.type === 'multi'} testIdPrefix={`${control.key}`} label={text.label} />
      }
      case 'multiline': return <TextArea value={value} onChange={(v) => onField(control.key, v)} placeholder={text.placeholder} testId={control.key} label={text.label} />
      case 'date': return <DateInput mode='date' value={value} onChange={(v) => onField(control.key, v)} placeholder={m.datePlaceholder} pickLabel={m.pickDate} label={text.label} pickerStart={today} testId={control.key} />
      default: return <TextInput inputMode={control.type === 'text' ? 'text' : 'decimal'} value={value} onChange={(v) => onField(control.key, v)} placeholder={text.placeholder} testId={control.key} label={text.label} />
    }
  }
  return <Field label={text.label} hint={text.hint} error={error} testId={control.key}>{input()}</Field>
}

/** 这份文书自己的问题（按 docForms 的顺序，只显示当下用得上的）。 */
export function DocFields({ controls, ...rest }: FieldsProps) {
  return (
    <>
      {controls.filter((c) => !c.showIf || c.showIf(rest.form)).map((control) => <FieldControl key={control.key} control={control} {...rest} />)}
    </>
  )
}
