/** 添加截图的结果 → 页面上的一句话（和证据照片同样的话，src/i18n/evidence.ts）。 */
import type { AddPhotosOutcome } from '@/services/evidencePhotos'
import { evidenceText } from '@/i18n/evidence'
import { privacyText } from '@/i18n/privacy'
import type { PhotoMessage } from '@/components/PhotoThumbs'

export function photoMessage(outcome: AddPhotosOutcome): PhotoMessage | null {
  const m = evidenceText
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
