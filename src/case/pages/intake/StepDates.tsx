import { ChoiceList } from '@/components/ChoiceList'
import { DateInput } from '@/components/DateInput'
import { Field } from '@/components/Field'
import { TextInput } from '@/components/TextInput'
import { serviceMethods, type ServiceMethod } from '@/domain/deadlines'
import { dateQuestions, type IntakeForm } from '@/services/intakeForm'
import { intakeText as m } from '@/i18n/intake'
import { issueText, type StepProps } from './stepProps'

type DateKey = 'servedOn' | 'publicNoticeOn' | 'hearingDate' | 'evidenceDeadline' | 'judgmentServedOn' | 'rulingServedOn' | 'mediationStartedOn' | 'appealServedOn'

/** 第二步：只问收到的材料涉及的日期；履行天数在填了判决日期后才问，住所只在有答辩、上诉期时问。 */
export function StepDates({ form, issues, update, today, focusField }: StepProps) {
  const q = dateQuestions(form)
  const date = (key: DateKey, hint?: string) => (
    <Field label={m.labels[key]} hint={hint} error={issueText(issues, key)} testId={key}>
      <DateInput mode='date' value={form[key]} onChange={(v) => update({ [key]: v } as Partial<IntakeForm>)} placeholder={m.datePlaceholder} pickLabel={m.pickDate} label={m.labels[key]} focus={focusField === key} pickerStart={today} testId={key} />
    </Field>
  )
  const method = form.serviceMethod as ServiceMethod | ''
  return (
    <>
      {q.service ? (
        <Field label={m.labels.serviceMethod} error={issueText(issues, 'serviceMethod')} testId='serviceMethod'>
          <ChoiceList options={serviceMethods.map((value) => ({ value, label: m.serviceMethods[value] }))} selected={[form.serviceMethod]} onToggle={(v) => update({ serviceMethod: v })} label={m.labels.serviceMethod} testIdPrefix='method' />
        </Field>
      ) : null}
      {q.servedOn ? date('servedOn', method ? m.servedOnHint[method] : undefined) : null}
      {q.publicNoticeOn ? date('publicNoticeOn', m.servedOnHint.public_notice) : null}
      {q.hearing ? date('hearingDate') : null}
      {q.hearing ? (
        <Field label={m.labels.hearingTime} error={issueText(issues, 'hearingTime')} testId='hearingTime'>
          <DateInput mode='time' value={form.hearingTime} onChange={(v) => update({ hearingTime: v })} placeholder={m.timePlaceholder} pickLabel={m.pickTime} label={m.labels.hearingTime} focus={focusField === 'hearingTime'} pickerStart='09:00' testId='hearingTime' />
        </Field>
      ) : null}
      {q.evidence ? (
        <Field label={m.labels.evidenceMode} error={issueText(issues, 'evidenceMode')} testId='evidenceMode'>
          <ChoiceList options={(['date', 'days'] as const).map((value) => ({ value, label: m.evidenceModes[value] }))} selected={[form.evidenceMode]} onToggle={(v) => update({ evidenceMode: v })} label={m.labels.evidenceMode} testIdPrefix='evidence-mode' />
        </Field>
      ) : null}
      {q.evidence && form.evidenceMode === 'date' ? date('evidenceDeadline') : null}
      {q.evidence && form.evidenceMode === 'days' ? (
        <Field label={m.labels.evidenceDays} error={issueText(issues, 'evidenceDays')} testId='evidenceDays'>
          <TextInput inputMode='numeric' value={form.evidenceDays} onChange={(v) => update({ evidenceDays: v })} placeholder='15' label={m.labels.evidenceDays} focus={focusField === 'evidenceDays'} testId='evidenceDays' />
        </Field>
      ) : null}
      {q.judgment ? date('judgmentServedOn') : null}
      {q.judgment ? date('rulingServedOn') : null}
      {q.performance ? (
        <Field label={m.labels.performanceDays} hint={m.performanceDaysHint} error={issueText(issues, 'performanceDays')} testId='performanceDays'>
          <TextInput inputMode='numeric' value={form.performanceDays} onChange={(v) => update({ performanceDays: v })} placeholder='10' label={m.labels.performanceDays} focus={focusField === 'performanceDays'} testId='performanceDays' />
        </Field>
      ) : null}
      {q.appeal ? date('appealServedOn', m.appealServedOnHint) : null}
      {q.mediation ? date('mediationStartedOn') : null}
      {q.foreignParty ? (
        <Field label={m.labels.foreignParty} hint={m.foreignPartyHint} error={issueText(issues, 'foreignParty')} testId='foreignParty'>
          <ChoiceList multiple options={[{ value: 'yes', label: m.foreignPartyOption }]} selected={form.foreignParty ? ['yes'] : []} onToggle={() => update({ foreignParty: !form.foreignParty })} label={m.labels.foreignParty} testIdPrefix='foreign-party' />
        </Field>
      ) : null}
    </>
  )
}
