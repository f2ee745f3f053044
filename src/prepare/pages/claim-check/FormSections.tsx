import { View } from '@tarojs/components'
import { ChoiceList } from '@/components/ChoiceList'
import { Field } from '@/components/Field'
import { TextInput } from '@/components/TextInput'
import type { ClaimKind } from '@/domain/claims/claimKind'
import type { ClaimCheckForm, ClaimFormIssue } from '@/services/claimCheckForm'
import { claimCheckText as m, claimedFieldOrder } from '@/i18n/claimCheck'
import { AmountField, DateField, issueFor } from './fields'

export type SectionProps = {
  form: ClaimCheckForm
  issues: readonly ClaimFormIssue[]
  update: (patch: Partial<ClaimCheckForm>) => void
  today: string
}

type TextKey = keyof typeof m.labels

const err = (p: SectionProps, field: TextKey) => issueFor(p.issues, field, m.labels[field])
const amount = (p: SectionProps, field: TextKey) => (
  <AmountField key={field} testId={field} label={m.labels[field]} hint={m.hints[field]} value={p.form[field]} error={err(p, field)} onChange={(v) => p.update({ [field]: v })} />
)
const date = (p: SectionProps, field: TextKey) => (
  <DateField key={field} testId={field} label={m.labels[field]} hint={m.hints[field]} value={p.form[field]} error={err(p, field)} onChange={(v) => p.update({ [field]: v })} today={p.today} />
)

/** 实际到手多少、哪天到账；合同写的金额、日期和利率。 */
export function ReceivedSection(p: SectionProps) {
  return (
    <View data-testid='section-received'>
      <View className='prep-section-title' role='heading' aria-role='heading' aria-level={2}>{m.sections.received}</View>
      <View className='prep-hint'>{m.sections.receivedLead}</View>
      {amount(p, 'receivedAmount')}
      {date(p, 'receivedOn')}
      {amount(p, 'contractAmount')}
      {date(p, 'contractOn')}
      <Field label={m.labels.statedRate} hint={m.hints.statedRate} error={err(p, 'statedRate')} testId='statedRate'>
        <ChoiceList options={(['year', 'month', 'day'] as const).map((value) => ({ value, label: m.rateUnits[value] }))} selected={[p.form.rateUnit]} onToggle={(v) => p.update({ rateUnit: v })} testIdPrefix='rate-unit' label={m.labels.statedRate} />
        <TextInput value={p.form.statedRate} onChange={(v) => p.update({ statedRate: v })} testId='statedRate' label={m.labels.statedRate} inputMode='decimal' />
      </Field>
    </View>
  )
}

/** 合同的还款计划：期数、每期金额、第一期还款日。 */
export function ScheduleSection(p: SectionProps) {
  return (
    <View data-testid='section-schedule'>
      <View className='prep-section-title' role='heading' aria-role='heading' aria-level={2}>{m.sections.schedule}</View>
      <View className='prep-hint'>{m.sections.scheduleLead}</View>
      <Field label={m.labels.scheduleCount} error={err(p, 'scheduleCount')} testId='scheduleCount'>
        <TextInput value={p.form.scheduleCount} onChange={(v) => p.update({ scheduleCount: v })} testId='scheduleCount' label={m.labels.scheduleCount} inputMode='numeric' />
      </Field>
      {amount(p, 'scheduleInstallment')}
      {date(p, 'scheduleFirstDue')}
    </View>
  )
}

/** 已经还过的每一笔：日期和金额，可以加行、删行。 */
export function RepaymentsSection(p: SectionProps) {
  const rows = p.form.repayments
  const setRow = (i: number, patch: Partial<{ on: string; amount: string }>) => p.update({ repayments: rows.map((r, j) => (j === i ? { ...r, ...patch } : r)) })
  return (
    <View data-testid='section-repayments'>
      <View className='prep-section-title' role='heading' aria-role='heading' aria-level={2}>{m.sections.repayments}</View>
      <View className='prep-hint'>{m.sections.repaymentsLead}</View>
      {rows.map((row, i) => (
        <View key={i} className='prep-card' data-testid={`repayment-${i}`}>
          <View className='prep-row'>
            <View className='prep-label'>{m.repaymentRow(i + 1)}</View>
            <View className='link-button' data-testid={`remove-repayment-${i}`} onClick={() => p.update({ repayments: rows.filter((_, j) => j !== i) })}>{m.removeRepayment}</View>
          </View>
          <DateField testId={`repay-on-${i}`} label={m.repaymentDate} value={row.on} error={issueFor(p.issues, `repayments.${i}.on`, m.repaymentDate)} onChange={(v) => setRow(i, { on: v })} today={p.today} />
          <AmountField testId={`repay-amount-${i}`} label={m.repaymentAmount} value={row.amount} error={issueFor(p.issues, `repayments.${i}.amount`, m.repaymentAmount)} onChange={(v) => setRow(i, { amount: v })} />
        </View>
      ))}
      <View className='link-button' data-testid='add-repayment' onClick={() => p.update({ repayments: [...rows, { on: '', amount: '' }] })}>{m.addRepayment}</View>
    </View>
  )
}

/** 起诉状的每一项请求、合计、算到哪一天；有违约金时问从哪天逾期。 */
export function ClaimedSection(p: SectionProps) {
  return (
    <View data-testid='section-claimed'>
      <View className='prep-section-title' role='heading' aria-role='heading' aria-level={2}>{m.sections.claimed}</View>
      <View className='prep-hint'>{m.sections.claimedLead}</View>
      {claimedFieldOrder.map((field) => amount(p, field))}
      {date(p, 'claimedAsOf')}
      {p.form.liquidatedDamages.trim() !== '' ? date(p, 'overdueSince') : null}
    </View>
  )
}

/** 提示说明（不是民间借贷时）；信用卡另问费用有没有被计息。 */
export function TermsSection(p: SectionProps & { claimKind: ClaimKind }) {
  if (p.claimKind === 'private_loan') return null
  return (
    <View data-testid='section-terms'>
      <View className='prep-section-title' role='heading' aria-role='heading' aria-level={2}>{m.sections.terms}</View>
      <Field label={m.termsQuestion} hint={m.termsHint} testId='termsExplained'>
        <ChoiceList options={(['no', 'unsure', 'yes'] as const).map((value) => ({ value, label: m.termsOptions[value] }))} selected={[p.form.termsExplained]} onToggle={(v) => p.update({ termsExplained: v })} testIdPrefix='terms' label={m.termsQuestion} />
      </Field>
      {p.claimKind === 'credit_card' ? (
        <Field label={m.interestOnFeesQuestion} testId='interestOnFees'>
          <ChoiceList options={(['yes', 'no', 'unsure'] as const).map((value) => ({ value, label: m.interestOnFeesOptions[value] }))} selected={[p.form.interestOnFees]} onToggle={(v) => p.update({ interestOnFees: v })} testIdPrefix='interest-on-fees' label={m.interestOnFeesQuestion} />
        </Field>
      ) : null}
    </View>
  )
}
