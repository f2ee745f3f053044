import { Image, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { Button } from '@/components/Button'
import { Notice } from '@/components/Notice'
import type { EvidencePhoto } from '@/storage/evidenceStore'
import { photoUrls, previewPhoto, releasePhotoUrls } from '@/services/evidencePhotos'
import { evidenceText as m } from '@/i18n/evidence'

export type PhotoMessage = { tone: 'info' | 'warning' | 'error'; text: string }

interface PhotoStripProps {
  caseId: string
  code: string
  photos: readonly EvidencePhoto[]
  busy: boolean
  message: PhotoMessage | null
  /** Must open the chooser synchronously: it is called inside the tap. */
  onAdd: () => void
  onRemove: (photoId: string) => void
}

/** 一项证据的照片：缩略图（点开看大图）、删除、拍照或从相册选。 */
export function PhotoStrip({ caseId, code, photos, busy, message, onAdd, onRemove }: PhotoStripProps) {
  const [urls, setUrls] = useState<Record<string, string | null>>({})
  const [large, setLarge] = useState<string | null>(null)
  const key = photos.map((p) => p.id).join(',')

  useEffect(() => {
    let live = true
    let loaded: Record<string, string | null> = {}
    void photoUrls(caseId, photos).then((found) => {
      loaded = found
      if (live) setUrls(found)
      else releasePhotoUrls(found)
    })
    return () => { live = false; releasePhotoUrls(loaded) }
  }, [caseId, key])

  const shown = photos.map((p) => urls[p.id]).filter((u): u is string => typeof u === 'string')
  const open = (url: string) => { if (!previewPhoto(url, shown)) setLarge(url) }

  return (
    <View data-testid={`photos-${code}`}>
      <View className='ev-subtitle'>{m.photosTitle}</View>
      {photos.length === 0 ? <View className='prep-hint'>{m.photosNone}</View> : null}
      <View className='ev-photos'>
        {photos.map((p) => {
          const url = urls[p.id]
          return (
            <View key={p.id} className='ev-photo' data-testid={`photo-${p.id}`}>
              {url ? <Image className='ev-photo__img' src={url} mode='aspectFill' onClick={() => open(url)} /> : <View className='ev-photo__missing'>{url === null ? m.photoMissing : ''}</View>}
              <View className='ev-photo__remove' role='button' aria-label={m.removePhoto} data-testid={`remove-photo-${p.id}`} onClick={() => onRemove(p.id)}>×</View>
            </View>
          )
        })}
      </View>
      <Button variant='secondary' disabled={busy} testId={`add-photo-${code}`} onTap={onAdd}>{busy ? m.adding : m.addPhoto}</Button>
      {message ? <Notice tone={message.tone} testId={`photo-message-${code}`}>{message.text}</Notice> : null}
      {large ? (
        <View className='ev-preview' data-testid='photo-preview' onClick={() => setLarge(null)}>
          <Image className='ev-preview__img' src={large} mode='aspectFit' />
          <View className='ev-preview__close'>{m.closePreview}</View>
        </View>
      ) : null}
    </View>
  )
}
