import { View } from '@tarojs/components'
import { ChoiceList } from '@/components/ChoiceList'
import { DateInput } from '@/components/DateInput'
import { Field } from '@/components/Field'
import type { ClaimKind } from '@/domain/claims/claimKind'
import { emptyLimitationForm } from '@/services/limitationForm'
import type { LimitationForm, RememberedForm } from '@/storage/claimCheckStore'
import { claimCheckText as m } from '@/i18n/claimCheck'
import { limitationText as l } from '@/i18n/claimLimitation'
import { DateField, issueFor } from './fields'
import type { SectionProps } from './FormSections'

type Question = 'lastRepayment' | 'lastDemand' | 'lastPromise'

/** The section, and its title: the checklist's link (section=limitation) scrolls the title to the top. */
export const LIMITATION_SECTION_ID = 'section-limitation'
export const LIMITATION_TITLE_ID = 'limitation-title'

type LimitationProps = SectionProps & {
  claimKind: ClaimKind
  /** Dates the answers took from elsewhere in the form, said under the question they fill. */
  sources: { lastDueFromSchedule?: string; lastRepaymentFromList?: string }
}

/** 诉讼时效的几个问题：最后一期到期、最后一次还款、最后一次催收到达、最后一次答应还款、立案日期。 */
export function LimitationSection(p: LimitationProps) {
  const answers = p.form.limitation ?? emptyLimitationForm()
  const set = (patch: Partial<LimitationForm>) => p.update({ limitation: { ...answers, ...patch } })
  const err = (field: string, label: string) => issueFor(p.issues, `limitation.${field}`, label)

  const remembered = (q: Question, note?: string) => {
    const answer = answers[q]
    const setAnswer = (next: Partial<RememberedForm>) => set({ [q]: { ...answer, ...next } })
    return (
      <Field key={q} label={l.questions[q]} hint={l.hints[q]} error={err(q, l.dateLabel[q])} testId={`limitation-${q}`}>
        <ChoiceList
          options={(['date', 'none', 'unsure'] as const).map((value) => ({ value, label: l.choices[q][value] }))}
          selected={[answer.choice]}
          onToggle={(choice) => setAnswer({ choice })}
          testIdPrefix={`limitation-${q}`}
          label={l.questions[q]}
        />
        {answer.choice === 'date' ? (
          <DateInput
            mode='date' testId={`limitation-${q}-on`} label={l.dateLabel[q]} value={answer.on} onChange={(on) => setAnswer({ on })}
            placeholder={m.datePlaceholder} pickLabel={m.pickDate} pickerStart={p.today}
          />
        ) : null}
        {note ? <View className='prep-hint' data-testid={`limitation-${q}-source`}>{note}</View> : null}
      </Field>
    )
  }

  return (
    <View id={LIMITATION_SECTION_ID} data-testid={LIMITATION_SECTION_ID}>
      <View id={LIMITATION_TITLE_ID} className='prep-section-title' role='heading' aria-role='heading' aria-level={2}>{l.section}</View>
      <View className='prep-hint'>{l.lead}</View>
      <DateField
        testId='limitation-lastDueOn' label={l.lastDueOn} value={answers.lastDueOn} today={p.today}
        hint={p.sources.lastDueFromSchedule ? `${l.lastDueHint(p.claimKind)}${l.lastDueFromSchedule(p.sources.lastDueFromSchedule)}` : l.lastDueHint(p.claimKind)}
        error={err('lastDueOn', l.lastDueOn)} onChange={(lastDueOn) => set({ lastDueOn })}
      />
      {remembered('lastRepayment', p.sources.lastRepaymentFromList ? l.fromRepaymentList(p.sources.lastRepaymentFromList) : undefined)}
      {remembered('lastDemand')}
      {remembered('lastPromise')}
      <DateField testId='limitation-filedOn' label={l.filedOn} hint={l.filedOnHint} value={answers.filedOn} error={err('filedOn', l.filedOn)} onChange={(filedOn) => set({ filedOn })} today={p.today} />
    </View>
  )
}
