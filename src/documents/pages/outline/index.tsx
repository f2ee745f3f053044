import { View } from '@tarojs/components'
import { useMemo, useState } from 'react'
import { Button } from '@/components/Button'
import { ChoiceList } from '@/components/ChoiceList'
import { Field } from '@/components/Field'
import { Notice } from '@/components/Notice'
import { PageShell } from '@/components/PageShell'
import { PrivacySheet } from '@/components/PrivacySheet'
import { usePageLoad, usePageShow, type PageParams } from '@/adapters/lifecycle'
import { openPage, restartAt } from '@/adapters/navigation'
import { appStore } from '@/adapters/storage'
import { now, today } from '@/adapters/clock'
import type { SummonsMode } from '@/domain/hearing/outline'
import { documentDocx, documentFileName, documentText } from '@/services/documents'
import { summonsModes } from '@/services/hearingOutline'
import { openHearingOutline, setSummonsMode, type OutlinePage } from '@/services/hearingOutlinePage'
import { routes } from '@/routes'
import { t } from '@/i18n'
import { hearingOutlineText as m } from '@/i18n/hearingOutline'
import { DocumentPreview } from '../preview/DocumentPreview'
import { ExportActions } from '../preview/ExportActions'
import '../../components/documents.css'

/** 庭审提纲：按答辩状生成的一页纸，问一个问题（通知上写的是在线开庭吗），可以生成 Word 文件打印。 */
export default function HearingOutlinePage() {
  const [caseId, setCaseId] = useState<string | null>(null)
  const [page, setPage] = useState<OutlinePage | 'missing' | null>(null)
  const load = (id: string | null) => setPage(id ? openHearingOutline(appStore(), id, now(), today()) ?? 'missing' : 'missing')
  usePageLoad((params: PageParams) => { setCaseId(params.id ?? null); load(params.id ?? null) })
  usePageShow(() => { if (caseId) load(caseId) })
  const bytes = useMemo(() => (page && page !== 'missing' ? documentDocx(page.doc.rendered) : null), [page])

  if (page === null) return <View />
  if (page === 'missing' || !caseId || !bytes) {
    return (
      <PageShell title={m.title}>
        <Notice tone='warning' testId='case-missing'>{m.notFound}</Notice>
        <Button testId='back-home' onTap={() => restartAt(routes.home)}>{m.backHome}</Button>
      </PageShell>
    )
  }
  const { doc, state } = page
  const choose = (mode: SummonsMode) => { setSummonsMode(appStore(), caseId, state.summons === mode ? null : mode, now()); load(caseId) }
  const toAnswer = () => openPage(routes.documentEdit, { id: caseId, doc: 'answer' })
  return (
    <PageShell title={m.title} lead={t.home.caseTitle(doc.record.lender.name, doc.record.caseNumber)}>
      <Notice testId='outline-keep'>{m.keep}</Notice>
      {state.answerStarted ? null : (
        <Notice tone='warning' testId='outline-no-answer'>
          <View>{m.noAnswer}</View>
          <Button variant='secondary' testId='outline-to-answer' onTap={toAnswer}>{m.toAnswer}</Button>
        </Notice>
      )}
      {state.internetCourt ? <Notice testId='outline-internet-court'>{m.internetCourt}</Notice> : (
        <Field label={m.summonsQuestion} hint={m.summonsHint} testId='summons-mode'>
          <ChoiceList options={summonsModes.map((value) => ({ value, label: m.summonsModes[value] }))} selected={state.summons ? [state.summons] : []} onToggle={choose} label={m.summonsQuestion} testIdPrefix='summons' />
          {state.summons === 'online' ? <View className='section-hint'>{m.onlineConsent}</View> : null}
        </Field>
      )}
      <ExportActions docx={() => bytes} fileName={documentFileName(doc.rendered, doc.record)} text={documentText(doc.rendered)} caseId={caseId} />
      <DocumentPreview doc={doc.rendered} />
      {state.answerStarted ? <Button variant='secondary' testId='outline-edit-answer' onTap={toAnswer}>{m.editAnswer}</Button> : null}
      <PrivacySheet />
    </PageShell>
  )
}
