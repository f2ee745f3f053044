import { View } from '@tarojs/components'
import { useState } from 'react'
import { Button } from '@/components/Button'
import { Notice } from '@/components/Notice'
import { RemindMeButton } from '@/components/RemindMeButton'
import { PageShell } from '@/components/PageShell'
import { PrivacySheet } from '@/components/PrivacySheet'
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
import { CaseInfo } from './CaseInfo'
import { DeadlineCard } from './DeadlineCard'
import { PrepareCard } from './PrepareCard'
import { StageStrip } from './StageStrip'
import { AfterJudgmentCard } from './AfterJudgmentCard'
import { StaleNotice } from './StaleNotice'
import { afterJudgment, caseStages, nextStep } from '@/domain/lifecycle/lifecycle'
import { lifecycleText } from '@/i18n/lifecycle'
import { DocumentLinks } from './DocumentLinks'
import { CollectionCard } from './CollectionCard'
import './detail.css'

type Loaded = { record: CaseRecord; timeline: Timeline; progress: PrepProgress } | 'missing' | null

/** 提醒里只放案号和法院，不放姓名、金额。 */
const labelsOf = (record: CaseRecord) => ({ caseLabel: record.caseNumber, court: record.court })

/** 案件详情：每个期限一张卡片，按日期排列；可以修改和删除。 */
export default function DetailPage() {
  const [id, setId] = useState<string | null>(null)
  const [loaded, setLoaded] = useState<Loaded>(null)

  const load = (caseId: string | null) => {
    const record = caseId ? findCase(appStore(), caseId, now()) : null
    const timeline = record ? buildTimeline(record, today(), currentHolidayCalendar(appStore())) : null
    setLoaded(record && timeline ? { record, timeline, progress: loadChecklistSkeleton(appStore(), record, now(), timeline).progress } : 'missing')
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
  const { record, timeline, progress } = loaded
  const todayDate = today()
  const after = afterJudgment(timeline.facts, timeline.deadlines)
  const remove = async () => {
    const ok = await confirmAction({ title: m.deleteConfirmTitle, content: m.deleteConfirmBody, confirmText: m.deleteConfirm, cancelText: t.common.cancel, danger: true })
    if (!ok) return
    await deleteCaseAndData(appStore(), record.id, now())
    void cancelCaseReminders(record.id)
    restartAt(routes.home)
  }
  return (
    <PageShell title={m.title} lead={t.home.caseTitle(record.lender.name, record.caseNumber)}>
      <StageStrip stages={caseStages(timeline.facts, timeline.deadlines, todayDate)} next={nextStep(timeline.facts, timeline.deadlines, todayDate)} />
      <StaleNotice stale={timeline.stale} />
      {timeline.assumptions.length > 0 ? (
        <Notice testId='assumptions'>
          <View className='timeline__subtitle'>{m.assumptionsTitle}</View>
          {timeline.assumptions.map((a) => <View key={a}>{assumptionText[a]}</View>)}
        </Notice>
      ) : null}
      {timeline.deadlines.length === 0 ? <Notice tone='warning' testId='no-deadlines'>{m.noDeadlines}</Notice> : null}
      {timeline.facts.instance === 'second' ? <Notice testId='second-instance-note'>{lifecycleText.secondInstanceNoAppeal}</Notice> : null}
      <View data-testid='timeline'>
        {timeline.deadlines.map((d) => (
          <DeadlineCard key={`${d.kind}-${d.due}`} deadline={d}><DocumentLinks caseId={record.id} procedure={record.procedure} deadline={d} /></DeadlineCard>
        ))}
      </View>
      {after ? <AfterJudgmentCard after={after} /> : null}
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
