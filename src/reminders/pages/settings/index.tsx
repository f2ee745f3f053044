import { View } from '@tarojs/components'
import { useCallback, useEffect, useState } from 'react'
import { Button } from '@/components/Button'
import { Notice } from '@/components/Notice'
import { PageShell } from '@/components/PageShell'
import { reminderKinds } from '@/domain/reminders/reminderSchemas'
import { zhCNReminders } from '@/i18n/reminders'
import { reminderPriority } from '@/services/reminderPlan'
import { loadReminderStatus, requestConsentOnTap, type ConsentResult, type ReminderStatus } from '@/services/reminders'
import { CreditsCard } from './CreditsCard'
import { DeleteServerData } from './DeleteServerData'
import { DeliveryNotes } from './DeliveryNotes'
import { ReminderList } from './ReminderList'

/** Every kind a template can serve, most important first (onAllow moves kinds waiting for consent ahead). */
const byImportance = [...reminderKinds].filter((k) => k !== 'custom').sort((a, b) => reminderPriority[a] - reminderPriority[b])

/** 微信提醒设置：是否开启、剩余次数、已安排的提醒、允许提醒、删除服务器上的数据。 */
export default function ReminderSettingsPage() {
  const m = zhCNReminders.settings
  const [status, setStatus] = useState<ReminderStatus | null>(null)
  const [allowLine, setAllowLine] = useState<string | null>(null)

  const reload = useCallback(() => { void loadReminderStatus().then(setStatus) }, [])
  useEffect(reload, [reload])

  const onAllow = () => {
    const waiting = status?.ok ? status.reminders.filter((r) => r.state === 'needs_consent').map((r) => r.kind) : []
    const kinds = [...new Set([...byImportance.filter((k) => waiting.includes(k)), ...byImportance])]
    const consent = requestConsentOnTap(kinds) // first platform call inside the tap
    setAllowLine(m.allowing)
    void consent.then((c: ConsentResult) => {
      setAllowLine(!c.ok ? m.allowFailed : c.accepted > 0 ? m.allowResult(c.accepted, c.asked) : m.allowRejected)
      reload()
    })
  }

  return (
    <PageShell title={m.title} lead={m.lead}>
      {status === null ? <Notice testId='reminder-loading'>{m.loading}</Notice> : null}
      {status !== null && !status.ok ? <Notice tone='error' testId='reminder-load-failed'>{m.statusUnknown}</Notice> : null}
      {status?.ok ? <CreditsCard enabled={status.enabled} credits={status.credits} /> : null}
      <Button onTap={onAllow} testId='reminder-allow'>{m.allowButton}</Button>
      {allowLine ? <Notice testId='reminder-allow-result'>{allowLine}</Notice> : null}
      {status?.ok ? <ReminderList reminders={status.reminders} /> : null}
      {status?.ok ? <DeliveryNotes credits={status.credits} reminders={status.reminders} /> : null}
      <View className='page__lead'>{m.officialFirst}</View>
      <DeleteServerData onDeleted={reload} />
    </PageShell>
  )
}
