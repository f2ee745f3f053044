import { View } from '@tarojs/components'
import { useMemo, useState } from 'react'
import { Button } from '@/components/Button'
import { Notice } from '@/components/Notice'
import { PageShell } from '@/components/PageShell'
import { PrivacySheet } from '@/components/PrivacySheet'
import { usePageLoad, usePageShow, type PageParams } from '@/adapters/lifecycle'
import { openPage, restartAt, returnTo } from '@/adapters/navigation'
import { appStore } from '@/adapters/storage'
import { now, today } from '@/adapters/clock'
import { docKinds, type DocKind } from '@/domain/documents/docKinds'
import { documentDocx, documentFileName, documentText, openDocument, type OpenDocument } from '@/services/documents'
import { acknowledgePromiseWarning } from '@/services/documentDrafts'
import { routes } from '@/routes'
import { docName, documentsText as m, fieldText, issueText, type FieldKey } from '@/i18n/documents'
import { PromiseWarningGate } from '../../components/PromiseWarningGate'
import { hearingCollectionPrintTip } from '@/i18n/documentsHearingCollection'
import { DocumentPreview } from './DocumentPreview'
import { ExportActions } from './ExportActions'
import { AfterAnswerFiling, AfterAnswerWarnings } from '../../components/AfterAnswerPanel'
import { afterAnswerPanel } from '@/services/afterAnswerValues'
import '../../components/documents.css'

type Target = { id: string; kind: DocKind }
const kindOf = (value: string | undefined): DocKind | null => (docKinds as readonly string[]).includes(value ?? '') ? (value as DocKind) : null

/** The label of a field an issue names ('party.birthDate' → 出生日期). */
function issueLabel(field: string): string {
  if (field.startsWith('party.')) return (m.partyLabels as Record<string, string>)[field.slice(6)] ?? field
  return fieldText[field as FieldKey]?.label ?? field
}

/** 预览和导出：和 Word 文件同一份内容；空白和填错的地方先告诉用户。 */
export default function DocumentPreviewPage() {
  const [target, setTarget] = useState<Target | null>(null)
  const [doc, setDoc] = useState<OpenDocument | 'missing' | null>(null)
  const load = (t: Target | null) => setDoc(t ? openDocument(appStore(), t.id, t.kind, now(), today()) ?? 'missing' : 'missing')
  usePageLoad((params: PageParams) => {
    const kind = kindOf(params.doc)
    const t = params.id && kind ? { id: params.id, kind } : null
    setTarget(t)
    load(t)
  })
  usePageShow(() => { if (target) load(target) })
  const bytes = useMemo(() => (doc && doc !== 'missing' ? documentDocx(doc.rendered) : null), [doc])

  if (doc === null) return <View />
  if (doc === 'missing' || !target || !bytes) {
    return (
      <PageShell title={m.listTitle}>
        <Notice tone='warning' testId='case-missing'>{m.notFound}</Notice>
        <Button testId='back-home' onTap={() => restartAt(routes.home)}>{m.backHome}</Button>
      </PageShell>
    )
  }
  const warning = doc.guidance.promiseWarning
  // Reached directly (a link, the back button): a document that promises payment still waits for the warning.
  if (warning && !warning.acknowledged) {
    return (
      <PageShell title={m.previewTitle(docName[target.kind])}>
        <PromiseWarningGate warning={warning} onQuestions={() => openPage(routes.claimCheck, { id: target.id, focus: 'limitation' })}
          onAcknowledge={() => { acknowledgePromiseWarning(appStore(), target.id, target.kind, warning.status, now()); load(target) }} />
      </PageShell>
    )
  }
  // 答辩之后的文书（issue 21）：生成之前先说清楚的事，交到哪里、交几份。
  const panel = afterAnswerPanel(target.kind, doc.fields, doc.offer)
  return (
    <PageShell title={m.previewTitle(docName[target.kind])}>
      {doc.issues.length > 0 ? (
        <Notice tone='error' testId='preview-issues'>
          <View>{m.issuesTitle}</View>
          {doc.issues.map((i) => <View key={i.field}>{`· ${issueText[i.code](issueLabel(i.field))}`}</View>)}
        </Notice>
      ) : null}
      {doc.rendered.blanks > 0 ? <Notice tone='warning' testId='preview-blanks'>{m.blanks(doc.rendered.blanks)}</Notice> : null}
      {panel ? <AfterAnswerWarnings codes={panel.warnings} /> : null}
      {panel ? <AfterAnswerFiling panel={panel} /> : null}
      <ExportActions docx={() => bytes} fileName={documentFileName(doc.rendered, doc.record)} text={documentText(doc.rendered)} caseId={target.id} />
      <Notice testId='print-tip'>{hearingCollectionPrintTip[target.kind] ?? m.printTip}</Notice>
      <DocumentPreview doc={doc.rendered} />
      <Button variant='secondary' testId='back-to-edit' onTap={() => returnTo(routes.documentEdit, { id: target.id, doc: target.kind })}>{m.backToEdit}</Button>
      <PrivacySheet />
    </PageShell>
  )
}
