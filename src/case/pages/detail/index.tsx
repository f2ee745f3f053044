import { View } from '@tarojs/components'
import { useState } from 'react'
import { Button } from '@/components/Button'
import { Notice } from '@/components/Notice'
import { RemindMeButton } from '@/components/RemindMeButton'
import { PageShell } from '@/components/PageShell'
import { PrivacySheet } from '@/components/PrivacySheet'
import { WhoToAsk } from '@/components/WhoToAsk'
import { usePageShow, usePageLoad, type PageParams } from '@/adapters/lifecycle'
import { openPage, restartAt } from '@/adapters/navigation'
import { confirmAction } from '@/adapters/modal'
import { appStore } from '@/adapters/storage'
import { now, today } from '@/adapters/clock'
import { findCase } from '@/services/cases'
import { deleteCaseAndData } from '@/services/caseDeletion'
import { loadChecklistSkeleton } from '@/services/evidenceProgress'
import type { PrepProgress } from '@/storage/prepProgress'
import { buildTimeline, type Timeline } from '@/services/timeline'
import { cancelCaseReminders, refreshCaseReminders } from '@/services/reminders'
import { currentHolidayCalendar } from '@/services/holidayUpdates'
import type { CaseRecord } from '@/storage/caseRecord'
import { routes } from '@/routes'
import { t } from '@/i18n'
import { detailText as m } from '@/i18n/detail'
import { assumptionText } from '@/i18n/deadlineText'
import { documentsEntry } from '@/i18n/documentNames'
import { limitationForCase } from '@/services/limitation'
import type { LimitationAssessment } from '@/domain/claims/limitation'
import { CaseInfo } from './CaseInfo'
import { PrepareCard } from './PrepareCard'
import { NextStepBox } from './NextStepBox'
import { StageStrip } from './StageStrip'
import { AfterJudgmentCard } from './AfterJudgmentCard'
import { StaleNotice } from './StaleNotice'
import { ChoiceDeadlines, OpenDeadlines, PassedDeadlines } from './TimelineCards'
import { afterJudgment, assignmentStatus, caseStages, nextStep, timelineNotes } from '@/domain/lifecycle/lifecycle'
import { lifecycleText } from '@/i18n/lifecycle'
import { CollectionCard } from './CollectionCard'
import './detail.css'

type Loaded = { record: CaseRecord; timeline: Timeline; progress: PrepProgress; limitation: LimitationAssessment } | 'missing' | null

/** 提醒里只放案号和法院，不放姓名、金额。 */
const labelsOf = (record: CaseRecord) => ({ caseLabel: record.caseNumber, court: record.court })

/**
 * 案件详情：最上面是下一步（和要注意的时效、债权转让），再是进度；然后还没过的期限（答辩在可选的异议前面）、
 * 判决之后、申请再审、已经过了的期限（还能怎么补救）；最后是文书、提醒、准备、案件信息、修改和删除。
 */
export default function DetailPage() {
  const [id, setId] = useState<string | null>(null)
  const [loaded, setLoaded] = useState<Loaded>(null)

  const load = (caseId: string | null) => {
    const record = caseId ? findCase(appStore(), caseId, now()) : null
    const timeline = record ? buildTimeline(record, today(), currentHolidayCalendar(appStore())) : null
    setLoaded(record && timeline ? { record, timeline, progress: loadChecklistSkeleton(appStore(), record, now(), timeline).progress, limitation: limitationForCase(appStore(), record.id, now()) } : 'missing')
    // 修改过日期后，已经排好的微信提醒跟着新的期限走（只对开过提醒的案件）。
    if (record && timeline) void refreshCaseReminders(record.id, timeline.deadlines, labelsOf(record), now())
  }
  usePageLoad((params: PageParams) => { setId(params.id ?? null); load(params.id ?? null) })
  // 从修改页返回时重新读取。
  usePageShow(() => { if (id) load(id) })

  if (loaded === null) return <View />
  if (loaded === 'missing') {
    return (
      <PageShell title={m.title}>
        <Notice tone='warning' testId='case-missing'>{m.notFound}</Notice>
        <Button testId='back-home' onTap={() => restartAt(routes.home)}>{m.backHome}</Button>
      </PageShell>
    )
  }
  const { record, timeline, progress, limitation } = loaded
  const todayDate = today()
  const { facts, deadlines } = timeline
  const after = afterJudgment(facts, deadlines)
  const notes = timelineNotes(facts, deadlines, todayDate, { limitation, assignment: assignmentStatus(record.assignment, record.lender.name) })
  const remove = async () => {
    const ok = await confirmAction({ title: m.deleteConfirmTitle, content: m.deleteConfirmBody, confirmText: m.deleteConfirm, cancelText: t.common.cancel, danger: true })
    if (!ok) return
    await deleteCaseAndData(appStore(), record.id, now())
    void cancelCaseReminders(record.id)
    restartAt(routes.home)
  }
  return (
    <PageShell title={m.title} lead={t.home.caseTitle(record.lender.name, record.caseNumber)}>
      <NextStepBox next={nextStep(facts, deadlines, todayDate)} notes={notes} caseId={record.id} />
      <StageStrip stages={caseStages(facts, deadlines, todayDate)} />
      <StaleNotice stale={timeline.stale} />
      {timeline.assumptions.length > 0 ? (
        <Notice testId='assumptions'>
          <View className='timeline__subtitle'>{m.assumptionsTitle}</View>
          {timeline.assumptions.map((a) => <View key={a}>{assumptionText[a]}</View>)}
        </Notice>
      ) : null}
      {deadlines.length === 0 ? <Notice tone='warning' testId='no-deadlines'>{m.noDeadlines}</Notice> : null}
      {facts.instance === 'second' ? <Notice testId='second-instance-note'>{lifecycleText.secondInstanceNoAppeal}</Notice> : null}
      <OpenDeadlines deadlines={deadlines} facts={facts} record={record} />
      {after ? <AfterJudgmentCard after={after} /> : null}
      <ChoiceDeadlines deadlines={deadlines} facts={facts} record={record} />
      <PassedDeadlines deadlines={deadlines} facts={facts} record={record} />
      <WhoToAsk court={record.court} />
      <Button variant='secondary' testId='open-documents' onTap={() => openPage(routes.documentList, { id: record.id })}>{documentsEntry.button}</Button>
      <RemindMeButton caseId={record.id} deadlines={timeline.deadlines} {...labelsOf(record)} />
      <PrepareCard caseId={record.id} progress={progress} />
      <CollectionCard caseId={record.id} />
      <CaseInfo record={record} />
      <Button variant='secondary' testId='edit-case' onTap={() => openPage(routes.intake, { id: record.id })}>{m.edit}</Button>
      <Button variant='danger' testId='delete-case' onTap={() => { void remove() }}>{m.delete}</Button>
      <PrivacySheet />
    </PageShell>
  )
}
