import { Image, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { Button } from '@/components/Button'
import { Notice } from '@/components/Notice'
import type { EntryPhoto } from '@/storage/collectionStore'
import { photoUrls, previewPhoto, releasePhotoUrls } from '@/services/evidencePhotos'
import { collectionText as m } from '@/i18n/collection'
import './collection.css'

export type PhotoMessage = { tone: 'info' | 'warning' | 'error'; text: string }

interface EntryPhotosProps {
  caseId: string
  photos: readonly EntryPhoto[]
  busy: boolean
  message: PhotoMessage | null
  /** Must open the chooser synchronously: it is called inside the tap. */
  onAdd: () => void
  onRemove: (photoId: string) => void
}

/** 一条催收记录的截图：缩略图（点开看大图）、删除、添加。和证据照片用同一套存取（只在手机上）。 */
export function EntryPhotos({ caseId, photos, busy, message, onAdd, onRemove }: EntryPhotosProps) {
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
    <View data-testid='entry-photos'>
      {photos.length === 0 ? <View className='co-hint'>{m.photosNone}</View> : null}
      <View className='co-photos'>
        {photos.map((p) => {
          const url = urls[p.id]
          return (
            <View key={p.id} className='co-photo' data-testid={`photo-${p.id}`}>
              {url ? <Image className='co-photo__img' src={url} mode='aspectFill' onClick={() => open(url)} /> : <View className='co-photo__missing'>{url === null ? m.photoMissing : ''}</View>}
              <View className='co-photo__remove' role='button' aria-label={m.removePhoto} data-testid={`remove-photo-${p.id}`} onClick={() => onRemove(p.id)}>×</View>
            </View>
          )
        })}
      </View>
      <Button variant='secondary' disabled={busy} testId='add-entry-photo' onTap={onAdd}>{busy ? m.adding : m.addPhoto}</Button>
      {message ? <Notice tone={message.tone} testId='entry-photo-message'>{message.text}</Notice> : null}
      {large ? (
        <View className='co-preview' data-testid='photo-preview' onClick={() => setLarge(null)}>
          <Image className='co-preview__img' src={large} mode='aspectFit' />
          <View className='co-preview__close'>{m.closePreview}</View>
        </View>
      ) : null}
    </View>
  )
}
