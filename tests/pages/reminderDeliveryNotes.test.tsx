/** The settings page's notes on a template turned off in WeChat and on 「可能已送达」. */
import * as React from 'react'
import { cleanup, render, screen } from '@testing-library/react'
import { DeliveryNotes } from '@/reminders/pages/settings/DeliveryNotes'
import type { CreditLine, ServerReminder } from '@/services/reminders'

// Taro's babel preset leaves React to the app runtime; a bare render needs it here.
;(globalThis as { React?: unknown }).React = React
afterEach(cleanup)

const line = (over: Partial<CreditLine>): CreditLine => ({ templateId: 't1', kinds: ['hearing'], credits: 0, pending: 0, turnedOff: false, ...over })
const reminder = (state: ServerReminder['state']): ServerReminder => ({ key: 'c1:hearing:H-1d', kind: 'hearing', title: '明天开庭', fireAt: 0, eventAt: 0, state, deliveryConfirmed: false })

describe('DeliveryNotes', () => {
  test('shows nothing when no template is turned off and nothing is only probably delivered', () => {
    const { container } = render(<DeliveryNotes credits={[line({})]} reminders={[reminder('sent')]} />)
    expect(container.textContent).toBe('')
  })

  test('names each template turned off in WeChat and says how to turn it back on, instead of asking again', () => {
    render(<DeliveryNotes credits={[line({ turnedOff: true }), line({ templateId: 't2', kinds: ['answer', 'evidence'], turnedOff: true })]} reminders={[]} />)
    const note = screen.getByTestId('reminder-turned-off').textContent
    expect(note).toContain('「开庭」提醒已在微信里设为“拒收”')
    expect(note).toContain('「期限」提醒已在微信里设为“拒收”')
    expect(note).toContain('“设置”→“订阅消息”')
  })

  test('explains 可能已送达 once when a reminder is in that state', () => {
    render(<DeliveryNotes credits={[]} reminders={[reminder('probably_delivered'), { ...reminder('probably_delivered'), key: 'k2' }]} />)
    expect(screen.getAllByTestId('reminder-probably-delivered')).toHaveLength(1)
    expect(screen.getByTestId('reminder-probably-delivered').textContent).toContain('不会再重复发送')
  })
})
