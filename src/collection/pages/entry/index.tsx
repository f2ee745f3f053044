import { View } from '@tarojs/components'
import { useRef, useState } from 'react'
import { Button } from '@/components/Button'
import { ChoiceList } from '@/components/ChoiceList'
import { DateInput } from '@/components/DateInput'
import { Field } from '@/components/Field'
import { Notice } from '@/components/Notice'
import { PageShell } from '@/components/PageShell'
import { PrivacySheet } from '@/components/PrivacySheet'
import { TextInput } from '@/components/TextInput'
import { usePageLoad, type PageParams } from '@/adapters/lifecycle'
import { restartAt, returnTo } from '@/adapters/navigation'
import { confirmAction } from '@/adapters/modal'
import { appStore } from '@/adapters/storage'
import { now, today } from '@/adapters/clock'
import { channels, readEntry, thirdParties, type EntryDraft } from '@/domain/collection/entry'
import { conductCodes } from '@/domain/collection/conduct'
import { deleteEntry, emptyEntryDraft, findEntry, newEntryId, saveEntryDraft } from '@/services/collection'
import { addEntryPhotosOnTap, removeEntryPhoto } from '@/services/collectionPhotos'
import { findCase } from '@/services/cases'
import type { EntryPhoto } from '@/storage/collectionStore'
import { routes } from '@/routes'
import { t } from '@/i18n'
import { channelText, collectionText as m, conductText, entryIssueText, thirdPartyText } from '@/i18n/collection'
import { PhotoThumbs, type PhotoMessage } from '@/components/PhotoThumbs'
import { TextArea } from '@/components/TextArea'
import { photoMessage } from '../../photoMessage'
import '../../components/collection.css'

type Loaded = { caseId: string; entryId: string; draft: EntryDraft; photos: EntryPhoto[]; saved: boolean }

const CONDUCT_ASKED = conductCodes.filter((c) => c !== 'third_party_contact')

/** 记一次催收：每一项都自动保存；什么都没填就离开，不会留下空记录。 */
export default function CollectionEntryPage() {
  const [loaded, setLoaded] = useState<Loaded | 'missing' | null>(null)
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<PhotoMessage | null>(null)
  const current = useRef<Loaded | null>(null)

  const show = (next: Loaded) => { current.current = next; setLoaded(next) }
  const reload = (caseId: string, entryId: string) => {
    const stored = findEntry(appStore(), caseId, entryId, now())
    const base = current.current?.draft ?? emptyEntryDraft(today())
    show({ caseId, entryId, draft: stored ?? base, photos: stored?.photos ?? [], saved: stored !== null })
  }
  usePageLoad((params: PageParams) => {
    const caseId = params.id ?? ''
    if (!caseId || !findCase(appStore(), caseId, now())) { setLoaded('missing'); return }
    reload(caseId, params.entry ?? newEntryId(now()))
  })

  if (loaded === null) return <View />
  if (loaded === 'missing') {
    return (
      <PageShell title={m.entryTitle}>
        <Notice tone='warning' testId='case-missing'>{m.notFound}</Notice>
        <Button testId='back-home' onTap={() => restartAt(routes.home)}>{m.backHome}</Button>
      </PageShell>
    )
  }
  const { caseId, entryId, draft, photos } = loaded
  const { issues } = readEntry(draft, today())
  const errorOf = (field: 'on' | 'at') => { const i = issues.find((x) => x.field === field); return i ? entryIssueText[i.code] : undefined }
  const edit = (patch: Partial<EntryDraft>) => {
    const next = { ...draft, ...patch }
    saveEntryDraft(appStore(), caseId, entryId, next, now())
    show({ ...loaded, draft: next, saved: findEntry(appStore(), caseId, entryId, now()) !== null })
  }
  const toggle = (key: 'conduct' | 'thirdParties', code: string) => {
    const list = draft[key]
    edit({ [key]: list.includes(code) ? list.filter((c) => c !== code) : [...list, code] })
  }
  const addPhotos = () => {
    if (busy) return
    const adding = addEntryPhotosOnTap(appStore(), caseId, entryId, today(), now()) // opens the chooser first, inside the tap
    setBusy(true)
    void adding.then((outcome) => { setMessage(photoMessage(outcome)); setBusy(false); reload(caseId, entryId) })
  }
  const removePhoto = async (photoId: string) => {
    const ok = await confirmAction({ title: m.removePhotoConfirmTitle, content: m.removePhotoConfirmBody, confirmText: m.removePhotoConfirm, cancelText: t.common.cancel, danger: true })
    if (!ok) return
    await removeEntryPhoto(appStore(), caseId, entryId, photoId, now())
    setMessage(null)
    reload(caseId, entryId)
  }
  const remove = async () => {
    const ok = await confirmAction({ title: m.deleteEntryConfirmTitle, content: m.deleteEntryConfirmBody, confirmText: m.deleteEntryConfirm, cancelText: t.common.cancel, danger: true })
    if (!ok) return
    await deleteEntry(appStore(), caseId, entryId, now())
    returnTo(routes.collection, { id: caseId })
  }
  return (
    <PageShell title={m.entryTitle}>
      <Field label={m.onLabel} error={errorOf('on')} testId='entry-on'>
        <DateInput mode='date' value={draft.on} onChange={(v) => edit({ on: v })} placeholder={m.datePlaceholder} pickLabel={m.pickDate} label={m.onLabel} pickerStart={today()} testId='entry-on' />
      </Field>
      <Field label={m.atLabel} error={errorOf('at')} testId='entry-at'>
        <TextInput value={draft.at} onChange={(v) => edit({ at: v })} placeholder={m.atPlaceholder} label={m.atLabel} testId='entry-at' />
      </Field>
      <Field label={m.channelLabel} testId='entry-channel'>
        <ChoiceList options={channels.map((c) => ({ value: c, label: channelText[c] }))} selected={draft.channel ? [draft.channel] : []} onToggle={(c) => edit({ channel: draft.channel === c ? '' : c })} label={m.channelLabel} testIdPrefix='channel' />
      </Field>
      <Field label={m.fromLabel} testId='entry-from'>
        <TextInput value={draft.from} onChange={(v) => edit({ from: v })} placeholder={m.fromPlaceholder} label={m.fromLabel} testId='entry-from' />
      </Field>
      <Field label={m.whoLabel} testId='entry-who'>
        <TextInput value={draft.who} onChange={(v) => edit({ who: v })} placeholder={m.whoPlaceholder} label={m.whoLabel} testId='entry-who' />
      </Field>
      <Field label={m.saidLabel} testId='entry-said'>
        <TextArea value={draft.said} onChange={(v) => edit({ said: v })} placeholder={m.saidPlaceholder} label={m.saidLabel} testId='entry-said' />
      </Field>
      <Field label={m.othersLabel} testId='entry-others'>
        <ChoiceList multiple options={thirdParties.map((p) => ({ value: p, label: thirdPartyText[p] }))} selected={draft.thirdParties} onToggle={(p) => toggle('thirdParties', p)} label={m.othersLabel} testIdPrefix='others' />
      </Field>
      <Field label={m.othersNoteLabel} testId='entry-others-note'>
        <TextInput value={draft.thirdPartyNote} onChange={(v) => edit({ thirdPartyNote: v })} placeholder={m.othersNotePlaceholder} label={m.othersNoteLabel} testId='entry-others-note' />
      </Field>
      <Field label={m.conductLabel} testId='entry-conduct'>
        <ChoiceList multiple options={CONDUCT_ASKED.map((c) => ({ value: c, label: conductText[c].title }))} selected={draft.conduct} onToggle={(c) => toggle('conduct', c)} label={m.conductLabel} testIdPrefix='entry-conduct' />
      </Field>
      <Field label={m.photosLabel} hint={m.photosHint} testId='entry-photos'>
        <PhotoThumbs
          caseId={caseId} photos={photos} busy={busy} message={message} onAdd={addPhotos} onRemove={(id) => { void removePhoto(id) }}
          text={{ none: m.photosNone, missing: m.photoMissing, remove: m.removePhoto, adding: m.adding, add: m.addPhoto, close: m.closePreview }}
          testIds={{ strip: 'entry-photos', add: 'add-entry-photo', message: 'entry-photo-message' }}
        />
      </Field>
      <View className='co-hint'>{m.autosaved}</View>
      <Button testId='entry-done' onTap={() => returnTo(routes.collection, { id: caseId })}>{m.done}</Button>
      {loaded.saved ? <Button variant='danger' testId='entry-delete' onTap={() => { void remove() }}>{m.deleteEntry}</Button> : null}
      <PrivacySheet />
    </PageShell>
  )
}
