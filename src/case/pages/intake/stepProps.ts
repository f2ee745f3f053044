import type { IntakeForm } from '@/services/intakeForm'
import type { FormField, IntakeIssue } from '@/services/intakeValidation'
import { intakeText } from '@/i18n/intake'

/** 每一步组件拿到的东西：表单、当前错误、改值的回调、今天（给日期选择器做起点）。 */
export type StepProps = {
  form: IntakeForm
  issues: IntakeIssue[]
  update: (patch: Partial<IntakeForm>) => void
  today: string
  /** 校验失败后要获得焦点的那一项（页面上第一处错误）；没有为 null。 */
  focusField: FormField | null
}

/** 某一项的错误提示（白话），没有错误为 undefined。 */
export function issueText(issues: IntakeIssue[], field: FormField): string | undefined {
  const issue = issues.find((i) => i.field === field)
  return issue ? intakeText.issues[issue.code](intakeText.labels[field]) : undefined
}
