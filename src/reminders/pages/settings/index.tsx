import { View } from '@tarojs/components'
import { useCallback, useEffect, useState } from 'react'
import { Button } from '@/components/Button'
import { Notice } from '@/components/Notice'
import { PageShell } from '@/components/PageShell'
import { now } from '@/adapters/clock'
import { reminderKinds } from '@/domain/reminders/reminderSchemas'
import { zhCNReminders } from '@/i18n/reminders'
import { coverReminders } from '@/services/reminderCoverage'
import { reminderPriority } from '@/services/reminderPlan'
import { hasUsedReminders, loadReminderStatus, prepareReminders, requestConsentOnTap, type ConsentResult, type ReminderStatus } from '@/services/reminders'
import { CreditsCard } from './CreditsCard'
import { DeleteServerData } from './DeleteServerData'
import { DeliveryNotes } from './DeliveryNotes'
import { ReminderList } from './ReminderList'

/** Every kind a template can serve, most important first (onAllow moves kinds waiting for consent ahead). */
const byImportance = [...reminderKinds].filter((k) => k !== 'custom').sort((a, b) => reminderPriority[a] - reminderPriority[b])

/** 从没用过提醒的手机：不登录、不联系服务器（只是来看看的人不会因此在服务器上留下记录）。 */
const NEVER_USED: ReminderStatus = { ok: true, enabled: false, credits: [], reminders: [] }

/** 微信提醒设置：是否开启、剩余次数、每条提醒能否发出、允许提醒、删除服务器上的数据。 */
export default function ReminderSettingsPage() {
  const m = zhCNReminders.settings
  const [status, setStatus] = useState<ReminderStatus | null>(null)
  const [allowLine, setAllowLine] = useState<string | null>(null)

  const reload = useCallback(() => {
    if (hasUsedReminders()) void loadReminderStatus().then(setStatus)
    // 先缓存模板 id（不用登录）再显示：点“允许”时要立即弹出授权窗口，那时手里必须已有 id。
    else void prepareReminders().then(() => setStatus(NEVER_USED))
  }, [])
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

  const coverage = status?.ok ? coverReminders(status.reminders, status.credits, now()) : { covered: new Set<string>(), uncovered: new Set<string>(), turnedOff: new Set<string>() }
  const enabled = status?.ok === true && status.enabled
  return (
    <PageShell title={m.title} lead={m.lead}>
      {status === null ? <Notice testId='reminder-loading'>{m.loading}</Notice> : null}
      {status !== null && !status.ok ? <Notice tone='error' testId='reminder-load-failed'>{m.statusUnknown}</Notice> : null}
      {status?.ok ? <CreditsCard enabled={status.enabled} credits={status.credits} coverage={coverage} /> : null}
      {status === NEVER_USED ? <View className='page__lead' data-testid='reminder-never-used'>{m.neverUsed}</View> : null}
      <Button onTap={onAllow} testId='reminder-allow'>{enabled || coverage.uncovered.size > 0 ? m.allowButtonMore : m.allowButtonFirst}</Button>
      <View className='page__lead' data-testid='reminder-allow-hint'>{m.allowHint(coverage.uncovered.size)}</View>
      {allowLine ? <Notice testId='reminder-allow-result'>{allowLine}</Notice> : null}
      {status?.ok ? <ReminderList reminders={status.reminders} coverage={coverage} /> : null}
      {status?.ok ? <DeliveryNotes credits={status.credits} reminders={status.reminders} /> : null}
      <View className='page__lead'>{m.officialFirst}</View>
      <DeleteServerData onDeleted={reload} />
    </PageShell>
  )
}
