import { Input, View } from '@tarojs/components'
import type { ClaimKind } from '@/domain/claims/claimKind'
import type { ChecklistRow } from '@/services/evidenceProgress'
import { NOTE_MAX_CHARS } from '@/services/evidence'
import { evidenceStatuses, type EvidenceStatus } from '@/storage/evidenceStore'
import type { LenderKey } from '@/storage/caseRecord'
import { evidenceItemText, howKeyOf } from '@/i18n/evidenceItems'
import { evidenceText as m } from '@/i18n/evidence'
import { PhotoThumbs, type PhotoMessage } from '@/components/PhotoThumbs'

interface EvidenceItemCardProps {
  caseId: string
  row: ChecklistRow
  claimKind: ClaimKind
  lender: LenderKey
  expanded: boolean
  onToggle: () => void
  onStatus: (status: EvidenceStatus) => void
  onNote: (note: string) => void
  photoBusy: boolean
  photoMessage: PhotoMessage | null
  onAddPhoto: () => void
  onRemovePhoto: (photoId: string) => void
}

/** 清单的一项：标题和状态；点开后是什么、为什么、怎么拿到、状态、笔记和照片。 */
export function EvidenceItemCard(props: EvidenceItemCardProps) {
  const { row, expanded } = props
  const { code, copies } = row.item
  const text = evidenceItemText[code]
  const how = text.how[howKeyOf(props.lender)] ?? text.how.general
  const status = row.state.status
  return (
    <View className={`ev-item ev-item--${status}`} data-testid={`item-${code}`}>
      {/* 整张卡片收起时都是这个按钮（issue 20：原来只有标题那一条能点），右下角写着展开/收起。 */}
      <View className='ev-item__head' role='button' aria-role='button' aria-expanded={expanded} aria-label={m.toggleName(text.title, m.statuses[status], expanded)}
        data-testid={`item-head-${code}`} onClick={props.onToggle}>
        <View className='ev-item__row'>
          <View className='ev-item__title'>{text.title}</View>
          <View className={`ev-chip ev-chip--${status}`} data-testid={`item-status-${code}`}>{m.statuses[status]}</View>
        </View>
        {copies ? <View className='ev-copies' data-testid={`copies-${code}`}>{m.copies(copies)}</View> : null}
        {row.item.received && row.item.received.length > 0 ? (
          <View className='prep-hint' data-testid={`received-${code}`}>{m.receivedDocs(row.item.received.map((d) => m.documentNames[d] ?? d).join('、'))}</View>
        ) : null}
        {row.item.pending ? <View className='prep-hint' data-testid={`pending-${code}`}>{m.summonsPending}</View> : null}
        {row.state.photos.length > 0 && !expanded ? <View className='prep-hint'>{`${m.photosTitle} ${row.state.photos.length}`}</View> : null}
        <View className='ev-item__cue' data-testid={`item-cue-${code}`}>{expanded ? m.collapse : m.expand}</View>
      </View>
      {expanded ? (
        <View className='ev-item__body' data-testid={`item-body-${code}`}>
          <View className='ev-subtitle'>{m.whatTitle}</View>
          <View>{text.what}</View>
          <View className='ev-subtitle'>{m.whyTitle}</View>
          <View data-testid={`why-${code}`}>{text.why(props.claimKind)}</View>
          <View className='ev-subtitle'>{m.howTitle}</View>
          <View>{how}</View>
          <View className='prep-hint'>{m.howOutdated}</View>
          <View className='ev-subtitle'>{m.statusLabel}</View>
          <View className='ev-status' role='radiogroup' aria-role='radiogroup' aria-label={m.statusLabel}>
            {evidenceStatuses.map((s) => (
              <View key={s} role='radio' aria-role='radio' aria-checked={s === status} aria-label={m.statuses[s]} className={`ev-status__option${s === status ? ' ev-status__option--on' : ''}`} data-testid={`status-${code}-${s}`} onClick={() => props.onStatus(s)}>
                {m.statuses[s]}
              </View>
            ))}
          </View>
          <View className='ev-subtitle'>{m.noteLabel}</View>
          {/* A one-line Input, not a Textarea: Taro puts every component's template in the main package (+2.3 KB for Textarea). */}
          <Input
            className='ev-note'
            data-testid={`note-${code}`}
            aria-label={m.noteLabel}
            nativeProps={{ 'aria-label': m.noteLabel }}
            value={row.state.note}
            maxlength={NOTE_MAX_CHARS}
            placeholder={m.notePlaceholder}
            onInput={(e) => props.onNote(e.detail.value)}
          />
          <View className='ev-subtitle'>{m.photosTitle}</View>
          <PhotoThumbs
            caseId={props.caseId} photos={row.state.photos} busy={props.photoBusy} message={props.photoMessage} onAdd={props.onAddPhoto} onRemove={props.onRemovePhoto}
            text={{ none: m.photosNone, missing: m.photoMissing, remove: m.removePhoto, adding: m.adding, add: m.addPhoto, close: m.closePreview }}
            testIds={{ strip: `photos-${code}`, add: `add-photo-${code}`, message: `photo-message-${code}` }}
          />
        </View>
      ) : null}
    </View>
  )
}
