import { coverReminders } from '@/services/reminderCoverage'
import type { CreditLine, ServerReminder } from '@/services/reminders'

const NOW = Date.UTC(2026, 8 /* Sep */, 20, 2, 0)
const DAY = 86_400_000

const reminder = (key: string, kind: string, days: number, state: ServerReminder['state'] = 'scheduled'): ServerReminder =>
  ({ key, kind, title: key, fireAt: NOW + (days - 1) * DAY, eventAt: NOW + days * DAY, state, deliveryConfirmed: false })
const line = (templateId: string, kinds: CreditLine['kinds'], credits: number, turnedOff = false): CreditLine =>
  ({ templateId, kinds, credits, pending: 0, turnedOff })

describe('coverReminders', () => {
  it('covers the most important reminders first when there are fewer 允许 than reminders', () => {
    const c = coverReminders([reminder('evidence', 'evidence', 5), reminder('hearing', 'hearing', 10)], [line('t', ['hearing', 'evidence'], 1)], NOW)
    expect([...c.covered]).toEqual(['hearing'])
    expect([...c.uncovered]).toEqual(['evidence'])
  })

  it('never counts a reminder waiting for consent as covered, even with credits left', () => {
    const c = coverReminders([reminder('a', 'answer', 5, 'needs_consent')], [line('t', ['answer'], 3)], NOW)
    expect([...c.uncovered]).toEqual(['a'])
  })

  it('puts reminders of a template the user turned off in WeChat apart: another 允许 cannot help them', () => {
    const c = coverReminders([reminder('a', 'answer', 5)], [line('t', ['answer'], 2, true)], NOW)
    expect([...c.turnedOff]).toEqual(['a'])
    expect(c.covered.size + c.uncovered.size).toBe(0)
  })

  it('ignores reminders whose event has passed and ones no longer pending', () => {
    const c = coverReminders([reminder('past', 'answer', -1), reminder('done', 'answer', 5, 'probably_delivered')], [line('t', ['answer'], 1)], NOW)
    expect(c.covered.size + c.uncovered.size + c.turnedOff.size).toBe(0)
  })
})
