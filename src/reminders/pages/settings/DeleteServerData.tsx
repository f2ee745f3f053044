import { View } from '@tarojs/components'
import { useState } from 'react'
import { Button } from '@/components/Button'
import { Card } from '@/components/Card'
import { Notice } from '@/components/Notice'
import { zhCNReminders } from '@/i18n/reminders'
import { deleteEverythingOnServer, ensureSession, hasUsedReminders } from '@/services/reminders'

/**
 * “删除服务器上关于我的全部数据”，先确认再删。手机上的案件不受影响。
 * 手机上没有会话记录（例如删过小程序又装回来）时，服务器上仍可能有这个微信号的数据：
 * 用户明确要删，就先登录再删，删完服务器上什么也不留。
 */
export function DeleteServerData({ onDeleted }: { onDeleted: () => void }) {
  const m = zhCNReminders.settings
  const [confirming, setConfirming] = useState(false)
  const [result, setResult] = useState<'deleted' | 'failed' | null>(null)

  const onConfirm = async () => {
    setConfirming(false)
    if (!hasUsedReminders()) {
      const session = await ensureSession()
      if (!session.ok) { setResult('failed'); return }
    }
    const res = await deleteEverythingOnServer()
    setResult(res.ok ? 'deleted' : 'failed')
    if (res.ok) onDeleted()
  }

  return (
    <Card title={m.deleteTitle} testId='delete-server-data'>
      <View>{m.deleteBody}</View>
      {confirming ? (
        <View className='confirm-row'>
          <Button variant='danger' onTap={() => void onConfirm()} testId='delete-confirm'>{m.deleteConfirm}</Button>
          <Button variant='secondary' onTap={() => setConfirming(false)} testId='delete-cancel'>{m.deleteCancel}</Button>
        </View>
      ) : (
        <Button variant='danger' onTap={() => { setResult(null); setConfirming(true) }} testId='delete-start'>{m.deleteButton}</Button>
      )}
      {result === 'deleted' ? <Notice testId='delete-result'>{m.deleted}</Notice> : null}
      {result === 'failed' ? <Notice tone='error' testId='delete-result'>{m.loadFailed}</Notice> : null}
    </Card>
  )
}
