import { View } from '@tarojs/components'
import { useRef, useState } from 'react'
import { Button } from '@/components/Button'
import { Notice } from '@/components/Notice'
import { PageShell } from '@/components/PageShell'
import { PhoneLink } from '@/components/PhoneLink'
import { usePageLoad, usePageShow, type PageParams } from '@/adapters/lifecycle'
import { openPage, restartAt } from '@/adapters/navigation'
import { confirmAction } from '@/adapters/modal'
import { appStore } from '@/adapters/storage'
import { now } from '@/adapters/clock'
import type { EvidenceGroup, EvidenceItemCode } from '@/domain/evidence/checklist'
import { loadChecklist, setItemNote, setItemStatus, setOpposingParties, type ChecklistView } from '@/services/evidence'
import { addPhotosOnTap, removeEvidencePhoto, type AddPhotosOutcome } from '@/services/evidencePhotos'
import { chooseClaimKind } from '@/services/claimKindChoice'
import { routes } from '@/routes'
import { t } from '@/i18n'
import { evidenceText as m } from '@/i18n/evidence'
import { collectionEntryText } from '@/i18n/collectionEntry'
import { fullDate } from '@/i18n/dates'
import { deadlineKindName } from '@/i18n/deadlineKinds'
import { ClaimKindPicker } from '../../components/ClaimKindPicker'
import { EvidenceItemCard } from './EvidenceItemCard'
import type { PhotoMessage } from '@/components/PhotoThumbs'
import { PrivacySheet } from '@/components/PrivacySheet'
import { privacyText } from '@/i18n/privacy'
import './checklist.css'

const GROUPS: readonly EvidenceGroup[] = ['evidence', 'court_papers', 'hearing_day']

function photoMessage(outcome: AddPhotosOutcome): PhotoMessage | null {
  if (!outcome.ok) {
    if (outcome.code === 'cancelled') return null
    if (outcome.code === 'limit_reached') return { tone: 'warning', text: m.photosLimitReached(outcome.usedBytes, outcome.limitBytes) }
    if (outcome.code === 'privacy_declined') return { tone: 'warning', text: privacyText.outcome.declined(privacyText.types.photos.name) }
    if (outcome.code === 'permission_denied') return { tone: 'warning', text: privacyText.outcome.permissionOff(privacyText.types.photos.name) }
    return { tone: 'error', text: m.photosFailed }
  }
  if (outcome.failed === 'no_space') return { tone: 'error', text: m.photosNoSpace }
  if (outcome.skippedForLimit > 0) return { tone: 'warning', text: m.photosOverLimit(outcome.added, outcome.skippedForLimit, outcome.usedBytes, outcome.limitBytes) }
  if (outcome.failed) return { tone: 'error', text: m.photosFailed }
  return { tone: 'info', text: `${m.photosAdded(outcome.added)}${m.photosUsed(outcome.usedBytes, outcome.limitBytes)}` }
}

/** 证据清单：按案件生成，每项可以标准备情况、写笔记、拍照。 */
export default function ChecklistPage() {
  const [view, setView] = useState<ChecklistView | 'missing' | null>(null)
  const [expanded, setExpanded] = useState<EvidenceItemCode | null>(null)
  const [busy, setBusy] = useState<EvidenceItemCode | null>(null)
  const [messages, setMessages] = useState<Partial<Record<EvidenceItemCode, PhotoMessage | null>>>({})
  const caseId = useRef<string | null>(null)
  const latest = useRef<ChecklistView | null>(null)

  const show = (next: ChecklistView | null) => { latest.current = next; setView(next ?? 'missing') }
  const reload = () => show(caseId.current ? loadChecklist(appStore(), caseId.current, now()) : null)
  usePageLoad((params: PageParams) => {
    caseId.current = params.id ?? null
    reload()
    if (params.item) setExpanded(params.item as EvidenceItemCode)
  })
  usePageShow(() => { if (caseId.current && latest.current) reload() })

  if (view === null) return <View />
  if (view === 'missing') {
    return (
      <PageShell title={m.title}>
        <Notice tone='warning' testId='case-missing'>{m.notFound}</Notice>
        <Button testId='back-home' onTap={() => restartAt(routes.home)}>{m.backHome}</Button>
      </PageShell>
    )
  }
  const { record } = view
  const current = () => latest.current ?? view

  const addPhotos = (code: EvidenceItemCode) => {
    if (busy) return
    const adding = addPhotosOnTap(appStore(), record.id, code, now()) // opens the chooser first, inside the tap
    setBusy(code)
    void adding.then((outcome) => {
      setMessages((old) => ({ ...old, [code]: photoMessage(outcome) }))
      setBusy(null)
      reload()
    })
  }
  const removePhoto = async (code: EvidenceItemCode, photoId: string) => {
    const ok = await confirmAction({ title: m.removePhotoConfirmTitle, content: m.removePhotoConfirmBody, confirmText: m.removePhotoConfirm, cancelText: t.common.cancel, danger: true })
    if (!ok) return
    await removeEvidencePhoto(appStore(), record.id, code, photoId, now())
    setMessages((old) => ({ ...old, [code]: null }))
    reload()
  }

  return (
    <PageShell title={m.title} lead={t.home.caseTitle(record.lender.name, record.caseNumber)}>
      <View className='prep-card' data-testid='progress'>
        <View className='prep-progress' data-testid='progress-count'>{m.progress(view.progress.ready, view.progress.total)}</View>
        <View className='prep-bar'><View className='prep-bar__fill' style={{ width: `${view.progress.total ? (100 * view.progress.ready) / view.progress.total : 0}%` }} /></View>
        <View data-testid='stage'>{m.stageLine(m.stage(view.stage, view.procedure))}</View>
        {view.next && (view.next.daysLeft ?? 0) >= 0 ? <View className='prep-hint' data-testid='next-deadline'>{m.nextLine(deadlineKindName[view.next.kind], fullDate(view.next.due))}</View> : null}
      </View>
      <ClaimKindPicker kind={view.claimKind} inferred={view.claimKindInferred} onChoose={(kind) => { chooseClaimKind(appStore(), record.id, kind, now()); reload() }} />
      <Notice testId='checklist-intro'>{m.intro}</Notice>
      {view.stage !== 'after_judgment' ? (
        <View className='prep-card' data-testid='limitation-card'>
          <View className='card__title' role='heading' aria-role='heading' aria-level={2}>{m.limitationTitle}</View>
          <View data-testid={`limitation-line-${view.limitation.status}`}>{m.limitationLine[view.limitation.status]}</View>
          <View className='link-button' role='button' data-testid='open-limitation' onClick={() => openPage(routes.claimCheck, { id: record.id, section: 'limitation' })}>
            {view.limitation.status === 'unanswered' ? m.limitationAnswer : m.limitationReview}
          </View>
        </View>
      ) : null}
      {GROUPS.map((group) => {
        const rows = view.rows.filter((r) => r.item.group === group)
        if (rows.length === 0) return null
        return (
          <View key={group} data-testid={`group-${group}`}>
            <View className='prep-section-title' role='heading' aria-role='heading' aria-level={2}>{m.groups[group]}</View>
            {group === 'hearing_day' ? (
              <View className='prep-card' data-testid='parties'>
                <View className='prep-label'>{m.partiesLabel}</View>
                <View className='ev-parties'>
                  <View className='ev-parties__btn' role='button' aria-label={m.partiesLess} data-testid='parties-less' onClick={() => show(setOpposingParties(appStore(), record.id, view.opposingParties - 1, now()))}>−</View>
                  <View className='ev-parties__count' data-testid='parties-count'>{view.opposingParties}</View>
                  <View className='ev-parties__btn' role='button' aria-label={m.partiesMore} data-testid='parties-more' onClick={() => show(setOpposingParties(appStore(), record.id, view.opposingParties + 1, now()))}>+</View>
                </View>
                <View className='prep-hint'>{m.copiesHint(view.opposingParties)}</View>
              </View>
            ) : null}
            {rows.map((row) => (
              <EvidenceItemCard
                key={row.item.code}
                caseId={record.id}
                row={row}
                claimKind={view.claimKind}
                lender={record.lender.key}
                expanded={expanded === row.item.code}
                onToggle={() => setExpanded(expanded === row.item.code ? null : row.item.code)}
                onStatus={(status) => show(setItemStatus(appStore(), current(), row.item.code, status, now()))}
                onNote={(note) => show(setItemNote(appStore(), current(), row.item.code, note, now()))}
                photoBusy={busy === row.item.code}
                photoMessage={messages[row.item.code] ?? null}
                onAddPhoto={() => addPhotos(row.item.code)}
                onRemovePhoto={(photoId) => { void removePhoto(row.item.code, photoId) }}
              />
            ))}
          </View>
        )
      })}
      <View className='prep-card' data-testid='free-help'>
        <View className='card__title' role='heading' aria-role='heading' aria-level={2}>{m.helpTitle}</View>
        <View>{m.helpBody}</View>
        <PhoneLink number='12348' label={m.legalAid} testId='call-12348' />
        <PhoneLink number='12368' label={m.courtService} testId='call-12368' />
      </View>
      <Button testId='to-claim-check' onTap={() => openPage(routes.claimCheck, { id: record.id })}>{m.toClaimCheck}</Button>
      <View className='link-button' role='link' data-testid='to-collection' onClick={() => openPage(routes.collection, { id: record.id })}>{collectionEntryText.fromChecklist}</View>
      <PrivacySheet />
    </PageShell>
  )
}
