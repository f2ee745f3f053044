import { View } from '@tarojs/components'
import { useState } from 'react'
import { Button } from '@/components/Button'
import { Notice } from '@/components/Notice'
import { canShareFile, fileAction, saveAndOpenDocx, shareDocxOnTap, type FileOutcome } from '@/adapters/documentFile'
import { copyText } from '@/adapters/clipboard'
import { documentsText as m } from '@/i18n/documents'
import { privacyText } from '@/i18n/privacy'

type Line = { tone: 'info' | 'error'; text: string }

type ExportActionsProps = {
  /** The Word file, built when the page loaded, so a tap only writes and hands it over. */
  docx: () => Uint8Array
  fileName: string
  text: string
  /** The case the file belongs to: its files are deleted with it. */
  caseId: string
}

/** 生成/下载 Word 文件、发给微信好友（只在小程序里）、复制全文。 */
export function ExportActions({ docx, fileName, text, caseId }: ExportActionsProps) {
  const [line, setLine] = useState<Line | null>(null)
  const report = (ok: string, failed: string) => (r: FileOutcome) => {
    if (r.ok) setLine({ tone: 'info', text: ok })
    else if (r.code !== 'share_cancelled') setLine({ tone: 'error', text: failed })
  }
  const onFile = () => { void saveAndOpenDocx(docx(), fileName, caseId).then(report(fileAction === 'open' ? m.opened : m.downloaded, m.fileFailed)) }
  // shareFileMessage only works inside the tap: it is the first and only platform call here.
  const onShare = () => { void shareDocxOnTap(docx(), fileName, caseId).then(report(m.shared, m.shareFailed)) }
  // The clipboard is a privacy API: the call goes first in the tap (src/privacy).
  const onCopy = () => {
    void copyText(text).then((r) => {
      if (r.ok) setLine({ tone: 'info', text: m.copied })
      else if (r.code === 'privacy_declined') setLine({ tone: 'error', text: privacyText.outcome.declined(privacyText.types.clipboard.name) })
      else setLine({ tone: 'error', text: m.copyFailed })
    })
  }
  return (
    <View data-testid='export-actions'>
      {/* The app's notice goes with the sharing, on screen: never into the file or the copied text. */}
      <Notice testId='export-notice'>{m.notice}</Notice>
      <Button testId='export-docx' onTap={onFile}>{fileAction === 'open' ? m.openDocx : m.downloadDocx}</Button>
      {canShareFile ? <Button variant='secondary' testId='share-docx' onTap={onShare}>{m.share}</Button> : null}
      <Button variant='secondary' testId='copy-text' onTap={onCopy}>{m.copy}</Button>
      {line ? <Notice tone={line.tone} testId='export-result'>{line.text}</Notice> : null}
    </View>
  )
}
