import { ChoiceList } from '@/components/ChoiceList'
import { Field } from '@/components/Field'
import { documentKinds, type DocumentKind } from '@/storage/caseRecord'
import { intakeText as m } from '@/i18n/intake'
import { issueText, type StepProps } from './stepProps'

/** 第一步：收到了哪些材料（可多选）。 */
export function StepDocuments({ form, issues, update }: StepProps) {
  const toggle = (kind: DocumentKind) => {
    const documents = form.documents.includes(kind) ? form.documents.filter((d) => d !== kind) : [...form.documents, kind]
    update({ documents })
  }
  return (
    <Field label={m.labels.documents} error={issueText(issues, 'documents')} testId='documents'>
      <ChoiceList multiple options={documentKinds.map((value) => ({ value, label: m.documents[value] }))} selected={form.documents} onToggle={toggle} label={m.labels.documents} testIdPrefix='doc' />
    </Field>
  )
}
