import { View } from '@tarojs/components'
import type { ReactNode } from 'react'
import { Card } from '@/components/Card'
import { NoBreakDates } from '@/components/NoBreakDates'
import { Notice } from '@/components/Notice'
import { TermText } from '@/components/Term'
import type { Deadline } from '@/domain/deadlines'
import { daysBetween } from '@/domain/calendar/plainDate'
import { daysLeftText, fullDate } from '@/i18n/dates'
import { deadlineKindName, deadlineTodo, explanationText } from '@/i18n/deadlineText'
import { detailText as m } from '@/i18n/detail'
import { urgencyOf } from '@/services/urgency'
import type { LifecycleFacts } from '@/domain/lifecycle/lifecycleFacts'
import { lifecycleText } from '@/i18n/lifecycle'
import { BasisList } from './BasisList'
import { Fold } from './Fold'
import { MissedHelp } from './MissedHelp'
import './DeadlineCard.css'

/**
 * 时间线上的一个期限：日期、剩余天数、建议最晚日、顺延、未公布假期的提醒、要做什么、依据。
 * 已经过了的期限不再给“在这一天之前…”的建议，而是说现在还能做什么（MissedHelp，按程序和审级）。
 * 条文收在“依据”开关后面：先给日期和要做的事，法律细节点开再看。
 */
export function DeadlineCard({ deadline, facts, children }: { deadline: Deadline; facts: LifecycleFacts; children?: ReactNode }) {
  const { kind } = deadline
  const rolled = deadline.explanation.find((e) => e.code === 'rolled_over')
  const provisional = deadline.explanation.filter((e) => e.code === 'provisional_calendar')
  const notes = deadline.explanation.filter((e) => e.code !== 'rolled_over' && e.code !== 'provisional_calendar')
  const left = deadline.daysLeft ?? 0
  const passed = left < 0
  // 建议日（工作日，domain/deadlines/actBy.ts）已经过了、法定最后一天还没到时，只看法定最后一天。
  const showActBy = deadline.actBy !== deadline.due && left - daysBetween(deadline.actBy, deadline.due) >= 0
  const noteList = notes.length > 0 ? (
    <View data-testid={`notes-${kind}`}>
      <View className='timeline__subtitle'>{m.notesTitle}</View>
      {notes.map((e) => <View key={e.code} className='timeline__note'><TermText text={`· ${explanationText[e.code](e.params)}`} /></View>)}
    </View>
  ) : null
  return (
    <Card title={deadlineKindName[kind]} testId={`deadline-${kind}`}>
      <View className='timeline__date' data-testid={`due-${kind}`}>
        <NoBreakDates text={deadline.at ? m.hearingAt(deadline.due, deadline.at.slice(11)) : m.dueLine(fullDate(deadline.due))} />
      </View>
      <View className={`timeline__left timeline__left--${urgencyOf(left)}`} data-testid={`days-left-${kind}`}>
        {daysLeftText(left)}
      </View>
      {rolled ? <View className='timeline__rollover' data-testid={`rollover-${kind}`}><NoBreakDates text={explanationText.rolled_over(rolled.params)} /></View> : null}
      {showActBy ? <View className='timeline__safe' data-testid={`safe-${kind}`}><NoBreakDates text={m.safeDue(deadline.actBy, deadline.actBy !== deadline.safeDue)} /></View> : null}
      {provisional.map((e) => (
        <Notice key={String(e.params.year)} tone='warning' testId={`provisional-${kind}`}>
          {`${m.provisionalTitle}：${explanationText.provisional_calendar(e.params)}`}
        </Notice>
      ))}
      {passed ? <MissedHelp kind={kind} facts={facts} /> : (
        <>
          <View className='timeline__subtitle'>{m.todoTitle}</View>
          <View data-testid={`todo-${kind}`}><TermText text={deadlineTodo[kind]} /></View>
        </>
      )}
      {/* 过了期的卡片，期满前的说明已是细节：和条文一起收起。 */}
      {passed ? null : noteList}
      <Fold label={passed && notes.length > 0 ? lifecycleText.detailsToggle(deadline.basis.length) : lifecycleText.basisToggle(deadline.basis.length)} testId={`basis-${kind}`}>
        {passed ? noteList : null}
        <BasisList basis={deadline.basis} testId={kind} compact />
      </Fold>
      {children}
    </Card>
  )
}
