import { View } from '@tarojs/components'
import { ChoiceList } from '@/components/ChoiceList'
import { DateInput } from '@/components/DateInput'
import { Field } from '@/components/Field'
import { Notice } from '@/components/Notice'
import { TextInput } from '@/components/TextInput'
import { E_SERVICE_ACCEPTED, type PartyField } from '@/domain/documents/docKinds'
import type { DraftIssue } from '@/domain/documents/draftFields'
import type { PartyDraft } from '@/storage/documentStore'
import { documentsText as m, issueText } from '@/i18n/documents'

type PartyFormProps = {
  needed: readonly PartyField[]
  party: PartyDraft
  keep: boolean
  issues: readonly DraftIssue[]
  onChange: (party: PartyDraft, keep: boolean) => void
}

/** 当事人信息：只问这份文书要用的；说明只存在手机上，可以选择不记住。 */
export function PartyForm({ needed, party, keep, issues, onChange }: PartyFormProps) {
  const set = (key: keyof PartyDraft, value: string) => onChange({ ...party, [key]: value }, keep)
  const labels = m.partyLabels
  const errorOf = (key: string) => {
    const issue = issues.find((i) => i.field === `party.${key}`)
    return issue ? issueText[issue.code](labels[key as keyof typeof labels]) : undefined
  }
  const choice = (key: 'gender' | 'eService', opts: Record<string, string>) => (
    <ChoiceList options={Object.entries(opts).map(([value, label]) => ({ value, label }))} selected={[party[key] ?? '']}
      onToggle={(v) => set(key, party[key] === v ? '' : v)} testIdPrefix={`party-${key}`} label={labels[key]} />
  )
  const control = (key: PartyField) => {
    if (key === 'gender') return choice('gender', m.genders)
    if (key === 'eService') return choice('eService', m.eServices)
    if (key === 'birthDate') return <DateInput mode='date' value={party.birthDate ?? ''} onChange={(v) => set('birthDate', v)} placeholder={m.partyPlaceholders.birthDate} pickLabel={m.pickDate} label={labels.birthDate} pickerStart='1990-01-01' testId='party-birthDate' />
    const placeholder = key === 'ethnicity' ? m.partyPlaceholders.ethnicity : undefined
    return <TextInput inputMode={key === 'phone' ? 'numeric' : 'text'} value={party[key] ?? ''} onChange={(v) => set(key, v)} placeholder={placeholder} testId={`party-${key}`} label={labels[key]} />
  }
  return (
    <View data-testid='party-form'>
      <Notice testId='party-privacy'>{m.partyPrivacy}</Notice>
      {needed.map((key) => (
        <Field key={key} label={labels[key]} hint={m.partyHints[key]} error={errorOf(key)} testId={`party-${key}`}>{control(key)}</Field>
      ))}
      {needed.includes('eService') && party.eService === E_SERVICE_ACCEPTED ? (
        <Field label={labels.eServiceContact} testId='party-eServiceContact'>
          <TextInput value={party.eServiceContact ?? ''} onChange={(v) => set('eServiceContact', v)} placeholder={m.partyPlaceholders.eServiceContact} testId='party-eServiceContact' label={labels.eServiceContact} />
        </Field>
      ) : null}
      <ChoiceList options={[{ value: 'keep', label: m.keepParty }]} selected={keep ? ['keep'] : []} onToggle={() => onChange(party, !keep)} multiple testIdPrefix='party' label={m.keepParty} />
      {keep ? null : <View className='section-hint' data-testid='party-not-kept'>{m.dontKeepHint}</View>}
    </View>
  )
}
