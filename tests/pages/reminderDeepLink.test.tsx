/**
 * Tapping a WeChat reminder opens the page the reminder carries (reminderPage: the case's detail
 * page with its id) as the first page of a cold start. A case deleted since shows the existing
 * 「没有找到这个案件」 notice with the way home.
 */
import { taroStore } from '@/adapters/storage'
import { removeCase } from '@/services/cases'
import { reminderPage } from '@/services/reminderPlan'
import { NOW_MS } from '../storage/fixtures'
import { expectText, openAt, seed, served0916, tapId } from './helpers'
import { findByTestId, waitFor } from '../support/taroApp'

/** What WeChat opens when the message is tapped: the page string, as a route. */
const fromReminder = (caseId: string) => `/${reminderPage(caseId)}`

describe('opening the app from a reminder', () => {
  test('opens the case the reminder is about, straight from a cold start', async () => {
    seed(served0916)
    await openAt(fromReminder('case-1'))
    await expectText('due-answer', '2026年10月8日（周四）')
    await findByTestId('timeline')
  })

  test('for a case deleted since, says it was not found and offers the way home', async () => {
    seed(served0916)
    removeCase(taroStore, 'case-1', NOW_MS)
    await openAt(fromReminder('case-1'))
    await expectText('case-missing', '没有找到这个案件')
    await tapId('back-home')
    await waitFor(() => expect(window.location.hash).toContain('/pages/index/index'))
  })
})
