import { View } from '@tarojs/components'
import type { Deadline } from '@/domain/deadlines'
import { displayOrder } from '@/domain/lifecycle/mainTask'
import type { LifecycleFacts } from '@/domain/lifecycle/lifecycleFacts'
import type { CaseRecord } from '@/storage/caseRecord'
import { lifecycleText } from '@/i18n/lifecycle'
import { DeadlineCard } from './DeadlineCard'
import { DocumentLinks } from './DocumentLinks'
import { RetrialGuide } from './RetrialGuide'

type Props = { deadlines: readonly Deadline[]; facts: LifecycleFacts; record: CaseRecord }

function card(d: Deadline, { facts, record }: Props) {
  const open = (d.daysLeft ?? 0) >= 0
  return (
    <DeadlineCard key={`${d.kind}-${d.due}`} deadline={d} facts={facts}>
      {d.kind === 'retrial' && open ? <RetrialGuide facts={facts} /> : null}
      <DocumentLinks caseId={record.id} procedure={record.procedure} deadline={d} />
    </DeadlineCard>
  )
}

/** Open deadlines that are the user's choice rather than the next step: a retrial (第二百一十六条) comes after the judgment card. */
const isChoice = (d: Deadline): boolean => d.kind === 'retrial'
const isOpen = (d: Deadline): boolean => (d.daysLeft ?? 0) >= 0

/**
 * 还没过的期限在前（按日期；同一天的答辩排在可选的管辖权异议前面），已经过了的在后、最近过的在前：
 * 先看现在能做的，过去的只说还能怎么补救。申请再审是可以选的一条路，放在“判决之后”的后面（ChoiceDeadlines）。
 */
export function OpenDeadlines(props: Props) {
  const open = displayOrder(props.deadlines.filter((d) => isOpen(d) && !isChoice(d)))
  return <View data-testid='timeline'>{open.map((d) => card(d, props))}</View>
}

export function ChoiceDeadlines(props: Props) {
  const open = props.deadlines.filter((d) => isOpen(d) && isChoice(d))
  return open.length > 0 ? <View data-testid='timeline-choices'>{open.map((d) => card(d, props))}</View> : null
}

export function PassedDeadlines(props: Props) {
  const passed = props.deadlines.filter((d) => (d.daysLeft ?? 0) < 0).reverse()
  if (passed.length === 0) return null
  return (
    <View data-testid='timeline-passed'>
      <View className='timeline__section' role='heading' aria-role='heading' aria-level={2}>{lifecycleText.passedTitle}</View>
      {passed.map((d) => card(d, props))}
    </View>
  )
}
