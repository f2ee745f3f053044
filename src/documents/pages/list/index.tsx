import { View } from '@tarojs/components'
import { useState } from 'react'
import { Button } from '@/components/Button'
import { Card } from '@/components/Card'
import { Notice } from '@/components/Notice'
import { TermText } from '@/components/Term'
import { PageShell } from '@/components/PageShell'
import { usePageLoad, usePageShow, type PageParams } from '@/adapters/lifecycle'
import { openPage, restartAt } from '@/adapters/navigation'
import { appStore } from '@/adapters/storage'
import { now, today } from '@/adapters/clock'
import { listDocuments, type DocListEntry } from '@/services/documents'
import { docEntryRoute } from '@/services/docEntry'
import { routes } from '@/routes'
import { t } from '@/i18n'
import { docName, docPurpose, documentsText as m } from '@/i18n/documents'
import { jurisdictionText } from '@/i18n/documentsAdvice'
import { afterAnswerClosed } from '@/i18n/documentsAfterAnswer'
import { appealFeeText } from '@/i18n/documentsAfterAnswerHelp'
import { isAfterAnswerKind } from '@/domain/documents/afterAnswer/kinds'
import { formatFen } from '@/domain/money/yuanInput'
import '../../components/documents.css'

type Loaded = { caseId: string; title: string; entries: DocListEntry[] } | 'missing' | null

function EntryStatus({ entry }: { entry: DocListEntry }) {
  if (entry.status === 'closed') return <View className='doc-entry__closed' data-testid={`doc-closed-${entry.kind}`}>{isAfterAnswerKind(entry.kind) ? afterAnswerClosed[entry.kind] : m.closed(entry.kind)}</View>
  if (entry.status === 'late') return <View className='doc-entry__closed'>{m.late}</View>
  if (!entry.deadline) return <View className='doc-entry__state'>{m.noDeadline}</View>
  const left = entry.deadline.daysLeft ?? 0
  return <View className={`doc-entry__due${left <= 3 ? ' doc-entry__due--soon' : ''}`} data-testid={`doc-due-${entry.kind}`}>{m.due(entry.deadline.due, left)}</View>
}

/**
 * 一个案件的文书：按期限远近排列，最急的在上面；过了期限不能再交的排在最后并说明原因。
 * 答辩状（支付令案件里是支付令异议）是主要任务，只有它用主按钮；管辖权异议标“可选”并写明它在本案的机会。
 */
export default function DocumentListPage() {
  const [loaded, setLoaded] = useState<Loaded>(null)
  const [caseId, setCaseId] = useState<string | null>(null)
  const load = (id: string | null) => {
    const result = id ? listDocuments(appStore(), id, now(), today()) : null
    setLoaded(result && id ? { caseId: id, title: t.home.caseTitle(result.record.lender.name, result.record.caseNumber), entries: result.entries } : 'missing')
  }
  usePageLoad((params: PageParams) => { setCaseId(params.id ?? null); load(params.id ?? null) })
  usePageShow(() => { if (caseId) load(caseId) })

  if (loaded === null) return <View />
  if (loaded === 'missing') {
    return (
      <PageShell title={m.listTitle}>
        <Notice tone='warning' testId='case-missing'>{m.notFound}</Notice>
        <Button testId='back-home' onTap={() => restartAt(routes.home)}>{m.backHome}</Button>
      </PageShell>
    )
  }
  return (
    <PageShell title={m.listTitle} lead={loaded.title}>
      <Notice testId='documents-lead'>{m.listLead}</Notice>
      <View data-testid='document-list'>
        {loaded.entries.map((entry) => (
          <Card key={entry.kind} title={docName[entry.kind]} testId={`doc-entry-${entry.kind}`}>
            {entry.main ? <View className='doc-entry__tag doc-entry__tag--main' data-testid={`doc-main-${entry.kind}`}>{m.mainTag}</View> : null}
            {entry.optional ? <View className='doc-entry__tag doc-entry__tag--optional' data-testid={`doc-optional-${entry.kind}`}>{m.optionalTag}</View> : null}
            <View className='doc-entry__purpose'><TermText text={docPurpose[entry.kind]} /></View>
            {entry.chance && entry.status !== 'closed' ? <View className='doc-entry__chance' data-testid={`doc-chance-${entry.kind}`}><TermText text={jurisdictionText.listChance[entry.chance]} /></View> : null}
            <EntryStatus entry={entry} />
            {entry.fee && entry.status !== 'closed' ? <View className='doc-entry__state' data-testid={`doc-fee-${entry.kind}`}>{appealFeeText.list(formatFen(entry.fee.feeFen))}</View> : null}
            {entry.status === 'closed' ? null : (
              <>
                <View className='doc-entry__state'>{entry.startedAt ? m.started : m.notStarted}</View>
                <Button variant={entry.main ? 'primary' : 'secondary'} testId={`open-doc-${entry.kind}`} onTap={() => openPage(docEntryRoute(entry.kind), { id: loaded.caseId, doc: entry.kind })}>
                  {entry.startedAt ? m.continue : m.start}
                </Button>
              </>
            )}
          </Card>
        ))}
      </View>
    </PageShell>
  )
}
