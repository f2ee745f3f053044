import { Image, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { Button } from '@/components/Button'
import { Notice } from '@/components/Notice'
import type { EvidencePhoto } from '@/storage/evidenceStore'
import { photoUrls, previewPhoto, releasePhotoUrls } from '@/services/evidencePhotos'
import './PhotoThumbs.css'

export type PhotoMessage = { tone: 'info' | 'warning' | 'error'; text: string }

/** The words around the thumbnails, from the area's catalogue (证据 or 催收记录). */
export interface PhotoThumbsText {
  none: string
  missing: string
  remove: string
  adding: string
  add: string
  close: string
}

interface PhotoThumbsProps {
  caseId: string
  photos: readonly EvidencePhoto[]
  busy: boolean
  message: PhotoMessage | null
  /** Must open the chooser synchronously: it is called inside the tap. */
  onAdd: () => void
  onRemove: (photoId: string) => void
  text: PhotoThumbsText
  /** data-testid of the strip, of its add button and of its message. */
  testIds: { strip: string; add: string; message: string }
}

/**
 * 照片缩略图（点开看大图）、删除、拍照或从相册选：证据清单的一项和一条催收记录共用。照片只存在手机上
 * （services/evidencePhotos）。
 */
export function PhotoThumbs({ caseId, photos, busy, message, onAdd, onRemove, text, testIds }: PhotoThumbsProps) {
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
    <View data-testid={testIds.strip}>
      {photos.length === 0 ? <View className='photos__none'>{text.none}</View> : null}
      <View className='photos'>
        {photos.map((p) => {
          const url = urls[p.id]
          return (
            <View key={p.id} className='photo' data-testid={`photo-${p.id}`}>
              {url ? <Image className='photo__img' src={url} mode='aspectFill' onClick={() => open(url)} /> : <View className='photo__missing'>{url === null ? text.missing : ''}</View>}
              <View className='photo__remove' role='button' aria-label={text.remove} data-testid={`remove-photo-${p.id}`} onClick={() => onRemove(p.id)}>×</View>
            </View>
          )
        })}
      </View>
      <Button variant='secondary' disabled={busy} testId={testIds.add} onTap={onAdd}>{busy ? text.adding : text.add}</Button>
      {message ? <Notice tone={message.tone} testId={testIds.message}>{message.text}</Notice> : null}
      {large ? (
        <View className='photo-preview' data-testid='photo-preview' onClick={() => setLarge(null)}>
          <Image className='photo-preview__img' src={large} mode='aspectFit' />
          <View className='photo-preview__close'>{text.close}</View>
        </View>
      ) : null}
    </View>
  )
}
