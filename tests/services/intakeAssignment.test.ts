import { assignmentAsked, saveIntake } from '@/services/intakeSave'
import { emptyIntakeForm, formFromCase } from '@/services/intakeForm'
import { createMemoryStore } from '@/storage/memoryStore'
import { loadCases } from '@/storage/caseStore'
import { NOW_MS } from '../storage/fixtures'

const base = { ...emptyIntakeForm(), documents: ['complaint'], servedOn: '2026-09-16', serviceMethod: 'mail', procedure: 'ordinary' }

describe('the optional question: is the plaintiff the original lender?', () => {
  test('asked only where the plaintiff may have bought the debt: a card debt or another plaintiff', () => {
    expect(['card', 'other'].every(assignmentAsked)).toBe(true)
    expect(['alipay', 'mybank', 'zhaolian', 'mashang', 'bocfc', 'cibfc', ''].some(assignmentAsked)).toBe(false)
  })

  test('the answer is saved with the case and comes back when the case is edited', () => {
    const store = createMemoryStore()
    const id = saveIntake(store, { ...base, lenderKey: 'other', lenderOther: '某某资产管理有限公司', assignment: 'assigned' }, { id: null, nowMs: NOW_MS, lenderName: '某某资产管理有限公司' })
    const [record] = loadCases(store, NOW_MS).cases
    expect([record.id, record.assignment]).toEqual([id, 'assigned'])
    expect(formFromCase(record).assignment).toBe('assigned')
  })

  test('left unanswered, or the plaintiff changed to an online lender, nothing is stored', () => {
    const store = createMemoryStore()
    saveIntake(store, { ...base, lenderKey: 'card' }, { id: null, nowMs: NOW_MS, lenderName: '银行信用卡中心' })
    saveIntake(store, { ...base, lenderKey: 'alipay', assignment: 'assigned' }, { id: null, nowMs: NOW_MS + 1, lenderName: '重庆蚂蚁消费金融有限公司' })
    expect(loadCases(store, NOW_MS).cases.map((c) => 'assignment' in c)).toEqual([false, false])
  })
})
