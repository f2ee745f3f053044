import { View } from '@tarojs/components'
import { useState } from 'react'
import { Button } from '@/components/Button'
import { Field } from '@/components/Field'
import { Notice } from '@/components/Notice'
import { PageShell } from '@/components/PageShell'
import { TextInput } from '@/components/TextInput'
import { DateInput } from '@/components/DateInput'
import { usePageLoad, usePageShow, type PageParams } from '@/adapters/lifecycle'
import { openPage, restartAt } from '@/adapters/navigation'
import { appStore } from '@/adapters/storage'
import { now, today } from '@/adapters/clock'
import { answerFormFor } from '@/domain/documents/answerForms'
import { docKinds, partyFieldsNeeded, type DocKind } from '@/domain/documents/docKinds'
import { formatFen } from '@/domain/money/yuanInput'
import { openDocument, type OpenDocument } from '@/services/documents'
import { acknowledgePromiseWarning, updateDraft, updateParty } from '@/services/documentDrafts'
import { chooseClaimKind } from '@/services/claimKindChoice'
import type { ClaimKind } from '@/domain/claims/claimKind'
import type { AnswerDraft, PartyDraft } from '@/storage/documentStore'
import { routes } from '@/routes'
import { docName, docNote, documentsText as m, fieldText, issueText, type FieldKey } from '@/i18n/documents'
import { promiseWarningText } from '@/i18n/documentsAdvice'
import { PromiseWarningGate } from '../../components/PromiseWarningGate'
import { AnswerItems } from './AnswerItems'
import { DocFields } from './DocFields'
import { JurisdictionPanel, PaymentOrderPanel } from './GuidancePanels'
import { ExhibitEditor } from './ExhibitEditor'
import { AfterAnswerFiling, AfterAnswerWarnings } from '../../components/AfterAnswerPanel'
import { afterAnswerPanel } from '@/services/afterAnswerValues'
import { PartyForm } from './PartyForm'
import { docForms } from './docForms'
import '../../components/documents.css'

type Target = { id: string; kind: DocKind }

/** The installment plan as computed, so the user sees the monthly amount before the preview. */
function PlanSummary({ fields }: { fields: OpenDocument['fields'] }) {
  const { months, regularFen, lastFen, installments } = fields
  if (typeof months !== 'number' || typeof regularFen !== 'number' || typeof lastFen !== 'number' || !Array.isArray(installments)) return null
  const total = regularFen * (months - 1) + lastFen
  return <Notice testId='plan-summary'>{m.planSummary(months, formatFen(regularFen), formatFen(lastFen), formatFen(total))}</Notice>
}
const kindOf = (value: string | undefined): DocKind | null => (docKinds as readonly string[]).includes(value ?? '') ? (value as DocKind) : null

/** 填写一份文书：案件里缺的法院和案号、当事人信息（只问这份文书要用的）、文书自己的问题；每一项都自动保存。 */
export default function DocumentEditPage() {
  const [target, setTarget] = useState<Target | null>(null)
  const [doc, setDoc] = useState<OpenDocument | 'missing' | null>(null)
  const reload = (t: Target | null) => setDoc(t ? openDocument(appStore(), t.id, t.kind, now(), today()) ?? 'missing' : 'missing')
  usePageLoad((params: PageParams) => {
    const kind = kindOf(params.doc)
    const t = params.id && kind ? { id: params.id, kind } : null
    setTarget(t)
    reload(t)
  })
  usePageShow(() => { if (target) reload(target) })

  if (doc === null) return <View />
  if (doc === 'missing' || !target) {
    return (
      <PageShell title={m.listTitle}>
        <Notice tone='warning' testId='case-missing'>{m.notFound}</Notice>
        <Button testId='back-home' onTap={() => restartAt(routes.home)}>{m.backHome}</Button>
      </PageShell>
    )
  }
  const { id, kind } = target
  const edit = (change: Parameters<typeof updateDraft>[3]) => { updateDraft(appStore(), id, kind, change, now()); reload(target) }
  const onField = (key: FieldKey, value: string) => edit((d) => ({ ...d, fields: { ...d.fields, [key]: value } }))
  const onChoices = (key: FieldKey, values: string[]) => edit((d) => ({ ...d, choices: { ...d.choices, [key]: values } }))
  // Kept with the answer's draft: did the complaint already deduct the repayments? (answerPrefill.ts)
  const onRepaymentsReflected = (value: string | null) => edit((d) => ({ ...d, choices: { ...d.choices, repaymentsReflected: value ? [value] : [] } }))
  // 案由 belongs to the case (the evidence checklist and the claim check use it too), not to this draft.
  const onClaimKind = (k: ClaimKind) => {
    chooseClaimKind(appStore(), id, k, now())
    edit(({ claimKind: _old, ...d }) => d)
  }
  const onAnswer = (itemId: string, patch: AnswerDraft | null) => edit((d) => {
    const answers = { ...d.answers }
    if (patch === null) delete answers[itemId]
    else answers[itemId] = patch
    return { ...d, answers }
  })
  const onParty = (party: PartyDraft, keep: boolean) => { updateParty(appStore(), id, party, keep, now()); reload(target) }
  const errorOf = (key: FieldKey) => {
    const issue = doc.issues.find((i) => i.field === key)
    return issue ? issueText[issue.code](fieldText[key].label) : undefined
  }
  const caseField = (key: 'plaintiff' | 'court' | 'caseNumber') => {
    return (
      <Field key={key} label={fieldText[key].label} hint={fieldText[key].hint} error={errorOf(key)} testId={key}>
        <TextInput value={doc.form.fields[key] ?? ''} onChange={(v) => onField(key, v)} placeholder={fieldText[key].placeholder} testId={key} label={fieldText[key].label} />
      </Field>
    )
  }
  // The plaintiff's full name is always checked; court and 案号 are asked only when the case lacks them.
  const missingCaseFields = ['plaintiff' as const, ...(['court', 'caseNumber'] as const).filter((key) => !doc.record[key])]
  const { guidance } = doc
  const panel = afterAnswerPanel(kind, doc.fields, doc.offer)
  // A document that promises payment is not shown before the limitation warning was read (promiseWarning.ts).
  if (guidance.promiseWarning && !guidance.promiseWarning.acknowledged) {
    const status = guidance.promiseWarning.status
    return (
      <PageShell title={docName[kind]}>
        <PromiseWarningGate warning={guidance.promiseWarning} onQuestions={() => openPage(routes.claimCheck, { id, focus: 'limitation' })}
          onAcknowledge={() => { acknowledgePromiseWarning(appStore(), id, kind, status, now()); reload(target) }} />
      </PageShell>
    )
  }
  return (
    <PageShell title={docName[kind]}>
      <Notice tone={kind === 'payment_order_objection' || kind === 'jurisdiction_objection' ? 'warning' : 'info'} testId='doc-note'>{docNote[kind]}</Notice>
      {panel ? <AfterAnswerFiling panel={panel} /> : null}
      {guidance.promiseWarning ? <View className='section-hint' data-testid='promise-warning-read'>{promiseWarningText.acknowledged}</View> : null}
      <View className='section-title' role='heading' aria-role='heading' aria-level={2}>{m.caseSection}</View>
      {missingCaseFields.map(caseField)}
      <View className='section-title' role='heading' aria-role='heading' aria-level={2}>{m.partySection}</View>
      <PartyForm needed={partyFieldsNeeded[kind]} party={doc.party} keep={doc.docs.keepParty} issues={doc.issues} onChange={onParty} />
      {kind === 'answer' ? (
        <AnswerItems form={answerFormFor(doc.claimKind)} claimKind={doc.claimKind} answers={doc.answers} drafted={doc.form.answers} prefill={doc.prefill} claimed={doc.claimed}
          repaymentsReflected={doc.form.choices.repaymentsReflected?.[0]} onRepaymentsReflected={onRepaymentsReflected}
          onClaimKind={onClaimKind} onAnswer={onAnswer} />
      ) : (
        <>
          {kind === 'evidence_opinion' ? (
            <ExhibitEditor exhibits={doc.docs.drafts.evidence_opinion?.exhibits ?? []} onChange={(exhibits) => edit((d) => ({ ...d, exhibits }))} newId={(n) => `e${now().toString(36)}${n}`} />
          ) : null}
          <View className='section-title' role='heading' aria-role='heading' aria-level={2}>{m.documentSection}</View>
          {guidance.jurisdiction ? <JurisdictionPanel view={guidance.jurisdiction} /> : null}
          {guidance.paymentOrder ? <PaymentOrderPanel scope={guidance.paymentOrder} limitation={guidance.limitation} /> : null}
          <DocFields controls={docForms[kind]} form={doc.form} issues={doc.issues} today={today()} onField={onField} onChoices={onChoices} />
          <PlanSummary fields={doc.fields} />
        </>
      )}
      <Field label={fieldText.signedOn.label} hint={fieldText.signedOn.hint} error={errorOf('signedOn')} testId='signedOn'>
        <DateInput mode='date' value={doc.form.fields.signedOn ?? ''} onChange={(v) => onField('signedOn', v)} placeholder={m.datePlaceholder} pickLabel={m.pickDate} label={fieldText.signedOn.label} pickerStart={today()} testId='signedOn' />
      </Field>
      <View className='section-hint'>{m.autosaved}</View>
      {panel ? <AfterAnswerWarnings codes={panel.warnings} /> : null}
      <Button testId='to-preview' onTap={() => openPage(routes.documentPreview, { id, doc: kind })}>{m.toPreview}</Button>
    </PageShell>
  )
}
