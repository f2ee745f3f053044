import { View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { now } from '@/adapters/clock'
import type { Deadline } from '@/domain/deadlines'
import { privacyText } from '@/i18n/privacy'
import { zhCNReminders } from '@/i18n/reminders'
import { addCaseToPhoneCalendarOnTap } from '@/services/calendarFallback'
import { kindsOf, planCaseReminders } from '@/services/reminderPlan'
import { prepareReminders, requestConsentOnTap, syncCaseReminders, TOO_MANY_REMINDERS, type ConsentResult } from '@/services/reminders'
import { Button } from './Button'
import { Notice } from './Notice'

interface RemindMeButtonProps {
  caseId: string
  deadlines: readonly Deadline[]
  /** 案号等；不要放当事人姓名 */
  caseLabel?: string
  court?: string
}

/** 结果：一句或两句话（第二句是补充，例如有几条被服务拒收），每句整句来自文案目录。 */
type Line = { tone: 'info' | 'warning' | 'error'; text: string; more?: string }

/**
 * 案件详情页里的“提醒我”：点一下先弹出微信授权（必须是点击里的第一件事），再把提醒排到服务器上；
 * 另有“加入手机日历”兜底，不需要授权。
 */
export function RemindMeButton({ caseId, deadlines, caseLabel, court }: RemindMeButtonProps) {
  const m = zhCNReminders.remindMe
  const [busy, setBusy] = useState(false)
  const [line, setLine] = useState<Line | null>(null)
  const labels = { caseLabel, court }

  // Cache the template ids now (no login needed), so the tap can open the WeChat dialog at once.
  useEffect(() => { void prepareReminders() }, [])

  const onRemind = () => {
    if (busy) return
    const nowMs = now()
    const plan = planCaseReminders(caseId, deadlines, labels, nowMs)
    if (plan.length === 0) {
      setLine({ tone: 'info', text: m.nothingAhead })
      return
    }
    const consent = requestConsentOnTap(kindsOf(plan)) // first platform call inside the tap
    setBusy(true)
    setLine({ tone: 'info', text: m.working })
    void finishRemind(consent, nowMs)
  }

  async function finishRemind(consent: Promise<ConsentResult>, nowMs: number) {
    const c = await consent
    if (!c.ok || c.accepted === 0) {
      setLine(c.ok || c.code === 'subscribe_failed' ? { tone: 'warning', text: m.notEnabled } : { tone: 'error', text: m.failed })
      setBusy(false)
      return
    }
    const synced = await syncCaseReminders(caseId, deadlines, labels, nowMs)
    const refused = synced.ok ? synced.skipped.length : 0
    // 服务一条也没接受（例如按它的时钟这些期限都已过去）：这是拒绝，不是“已安排 0 条”。
    if (!synced.ok) setLine({ tone: 'error', text: synced.serverCode === TOO_MANY_REMINDERS ? m.tooMany : m.failed })
    else if (synced.scheduled === 0 && refused > 0) setLine({ tone: 'warning', text: m.refusedAll(refused) })
    else {
      const more = refused > 0 ? m.someRefused(refused) : undefined
      const text = synced.scheduled > c.accepted ? m.fewerCreditsThanReminders(synced.scheduled, c.accepted) : m.scheduled(synced.scheduled)
      setLine({ tone: refused > 0 ? 'warning' : 'info', text, more })
    }
    setBusy(false)
  }

  const onCalendar = () => {
    const added = addCaseToPhoneCalendarOnTap(caseId, deadlines, labels, now()) // first call inside the tap
    void added.then((r) => setLine(r.ok ? { tone: 'info', text: m.calendarAdded(r.added) } : { tone: 'warning', text: calendarFailure(r.code) }))
  }
  const calendarFailure = (code: 'calendar_failed' | 'privacy_declined' | 'permission_denied') =>
    code === 'privacy_declined' ? privacyText.outcome.declined(privacyText.types.calendar.name)
      : code === 'permission_denied' ? privacyText.outcome.permissionOff(privacyText.types.calendar.name) : m.calendarFailed

  return (
    <View className='remind-me' data-testid='remind-me'>
      <Button onTap={onRemind} disabled={busy} testId='remind-me-wechat'>{busy ? m.working : m.button}</Button>
      <Button onTap={onCalendar} variant='secondary' testId='remind-me-calendar'>{m.calendarButton}</Button>
      {line ? (
        <Notice tone={line.tone} testId='remind-me-result'>
          <View>{line.text}</View>
          {line.more ? <View data-testid='remind-me-refused'>{line.more}</View> : null}
        </Notice>
      ) : null}
      <View className='remind-me__note'>{zhCNReminders.settings.officialFirst}</View>
    </View>
  )
}
