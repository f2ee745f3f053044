/**
 * 文书文件（H5）：浏览器里下载 .docx（正确的 MIME 类型，手机浏览器会交给 WPS/Word 打开）。
 * 浏览器不能直接转发到微信，所以没有“发给好友”。
 */
import { DOCX_MIME } from '@/domain/documents/docx/docx'

export type FileOutcome = { ok: true } | { ok: false; code: 'write_failed' | 'open_failed' | 'share_failed' | 'share_cancelled' | 'unsupported' }

/** What the main file button does on this platform: open the file in WeChat, or download it. */
export const fileAction: 'open' | 'download' = 'download'
/** Whether a file can be sent into a WeChat chat from here. */
export const canShareFile = false

export function saveAndOpenDocx(bytes: Uint8Array, fileName: string, _caseId: string): Promise<FileOutcome> {
  try {
    const blob = new Blob([bytes as BlobPart], { type: DOCX_MIME })
    const url = URL.createObjectURL(blob)
    const link = document.createElement('a')
    link.href = url
    link.download = fileName
    link.style.display = 'none'
    document.body.appendChild(link)
    link.click()
    link.remove()
    // Give the browser time to start the download before the URL goes away.
    setTimeout(() => URL.revokeObjectURL(url), 60_000)
    return Promise.resolve({ ok: true })
  } catch {
    return Promise.resolve({ ok: false, code: 'write_failed' })
  }
}

export function shareDocxOnTap(_bytes: Uint8Array, _fileName: string, _caseId: string): Promise<FileOutcome> {
  return Promise.resolve({ ok: false, code: 'unsupported' })
}

/** A download belongs to the browser's downloads folder, not to the app: nothing of ours to remove. */
export function removeCaseDocumentFiles(_caseId: string): Promise<void> {
  return Promise.resolve()
}
