import { View } from '@tarojs/components'
import { useState } from 'react'
import { Button } from '@/components/Button'
import { Card } from '@/components/Card'
import { Notice } from '@/components/Notice'
import { PageShell } from '@/components/PageShell'
import { PhoneLink } from '@/components/PhoneLink'
import { usePageLoad, usePageShow, type PageParams } from '@/adapters/lifecycle'
import { openPage, restartAt } from '@/adapters/navigation'
import { appStore } from '@/adapters/storage'
import { now, today } from '@/adapters/clock'
import { conductCodes, rulesFor } from '@/domain/collection/conduct'
import { guideBasis } from '@/domain/collection/guide'
import { loadCollectionPage, type CollectionPage } from '@/services/collection'
import { docEntryRoute } from '@/services/docEntry'
import { routes } from '@/routes'
import { t } from '@/i18n'
import { collectionText as m, thirdPartyText } from '@/i18n/collection'
import { ConductCard, Rule } from '../../components/ConductCard'
import { EntryList } from './EntryList'
import '../../components/collection.css'

/** 催收骚扰：他们不能做什么（带依据）、我的记录、要求停止、投诉（能做到什么、做不到什么）。 */
export default function CollectionPageView() {
  const [caseId, setCaseId] = useState<string | null>(null)
  const [page, setPage] = useState<CollectionPage | 'missing' | null>(null)
  const load = (id: string | null) => setPage(id ? loadCollectionPage(appStore(), id, now(), today()) ?? 'missing' : 'missing')
  usePageLoad((params: PageParams) => { setCaseId(params.id ?? null); load(params.id ?? null) })
  usePageShow(() => { if (caseId) load(caseId) })

  if (page === null) return <View />
  if (page === 'missing' || !caseId) {
    return (
      <PageShell title={m.title}>
        <Notice tone='warning' testId='case-missing'>{m.notFound}</Notice>
        <Button testId='back-home' onTap={() => restartAt(routes.home)}>{m.backHome}</Button>
      </PageShell>
    )
  }
  const { record, view, rules } = page
  const { summary } = view
  const openDoc = (kind: 'collection_letter' | 'collection_complaint' | 'collection_record') =>
    openPage(kind === 'collection_record' ? routes.documentPreview : docEntryRoute(kind), { id: caseId, doc: kind })
  return (
    <PageShell title={m.title} lead={t.home.caseTitle(record.lender.name, record.caseNumber)}>
      <Notice testId='civil-matter'>
        <View>{m.civilMatter}</View>
        {guideBasis.civil_matter.map((c, i) => <Rule key={c} rule={{ citation: c, confidence: 'V', scope: 'everyone' }} testId={`civil-${i}`} />)}
      </Notice>

      <View className='co-section-title'>{m.rulesTitle}</View>
      <View className='co-hint'>{m.rulesHint}</View>
      {conductCodes.map((code) => (
        <ConductCard key={code} code={code} rules={rulesFor(code, rules)} />
      ))}

      <View className='co-section-title'>{m.recordTitle}</View>
      {summary.count === 0 ? <View className='co-hint' data-testid='record-empty'>{m.recordEmpty}</View> : (
        <View className='co-hint' data-testid='record-summary'>
          {m.recordSummary(summary.count, summary.firstOn, summary.lastOn)}
          {summary.nightCount > 0 ? m.recordNight(summary.nightCount) : ''}
          {summary.thirdParties.length > 0 ? m.recordOthers(summary.thirdParties.map((p) => thirdPartyText[p]).join('、')) : ''}
        </View>
      )}
      <EntryList entries={view.entries} onOpen={(entryId) => openPage(routes.collectionEntry, { id: caseId, entry: entryId })} />
      <Button testId='add-entry' onTap={() => openPage(routes.collectionEntry, { id: caseId })}>{m.addEntry}</Button>
      {summary.count > 0 ? <Button variant='secondary' testId='record-sheet' onTap={() => openDoc('collection_record')}>{m.recordSheet}</Button> : null}
      <Notice tone='warning' testId='limitation-caution'>{m.limitationCaution}</Notice>

      <Card title={m.stopTitle} testId='stop-card'>
        <View>{m.stopBody}</View>
        <Button variant='secondary' testId='write-letter' onTap={() => openDoc('collection_letter')}>{m.writeLetter}</Button>
      </Card>
      <Card title={m.complainTitle} testId='complain-card'>
        <View>{m.complainBody}</View>
        <View className='co-hint' data-testid='complain-can'>{m.complainCan}</View>
        <View className='co-hint' data-testid='complain-cannot'>{m.complainCannot}</View>
        <Button variant='secondary' testId='write-complaint' onTap={() => openDoc('collection_complaint')}>{m.writeComplaint}</Button>
        <PhoneLink number='12378' label={m.call12378} testId='call-12378' />
        <PhoneLink number='110' label={m.call110} testId='call-110' />
      </Card>
    </PageShell>
  )
}
