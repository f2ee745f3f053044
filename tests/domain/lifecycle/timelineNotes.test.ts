import { computeDeadlines, type CaseFacts } from '../../../src/domain/deadlines'
import { assessLimitation, type LimitationAssessment } from '../../../src/domain/claims/limitation'
import { timelineNotes } from '../../../src/domain/lifecycle/timelineNotes'
import { assignmentStatus } from '../../../src/domain/lifecycle/assignment'

const notes = (facts: CaseFacts, today: string, limitation?: LimitationAssessment, assignment = assignmentStatus(undefined, '')) =>
  timelineNotes(facts, computeDeadlines(facts), today, { limitation, assignment }).map((n) => n.code)

/** Last statement due 2022-09-05, no demand remembered, filed 2026-11-10: three years ran 2025-09-05. */
const mayHaveRun = assessLimitation({ lastDueOn: '2022-09-05', lastDemand: { known: false, reason: 'none' }, filedOn: '2026-11-10' })
const served: CaseFacts = { procedure: 'ordinary', servedOn: '2026-11-28' }

describe(`lines under the next step (TZ=${process.env.TZ ?? 'unset'})`, () => {
  test('the fixture really is a debt whose limitation may have run', () => {
    expect(mayHaveRun.status).toBe('may_have_run')
  })

  test('may have run, in the answer period: raise it in the answer, at first instance (诉讼时效规定第三条; 民法典第一百九十三条)', () => {
    const [note] = timelineNotes(served, computeDeadlines(served), '2026-12-01', { limitation: mayHaveRun })
    expect(note).toEqual({ code: 'limitation_raise_in_answer', basis: ['诉讼时效规定第三条', '民法典第一百九十三条', '民法典第一百九十五条'] })
  })

  test('still said after the answer period while the first-instance hearing is ahead (the defence can be raised until then)', () => {
    expect(notes({ ...served, hearingAt: '2027-01-12T09:00' }, '2026-12-20', mayHaveRun)).toEqual(['limitation_raise_in_answer'])
  })

  test('not said once the hearing is over, the judgment is served, or at second instance (诉讼时效规定第三条)', () => {
    expect(notes({ ...served, hearingAt: '2026-12-20T09:00' }, '2026-12-22', mayHaveRun)).toEqual([])
    expect(notes({ ...served, judgmentServedOn: '2026-12-30' }, '2027-01-02', mayHaveRun)).toEqual([])
    expect(notes({ procedure: 'ordinary', instance: 'second', appealServedOn: '2026-11-28' }, '2026-12-01', mayHaveRun)).toEqual([])
  })

  test('a payment order in its objection period: raise it in the written objection (第二百二十八条)', () => {
    expect(notes({ procedure: 'payment_order', servedOn: '2026-11-28' }, '2026-12-01', mayHaveRun)).toEqual(['limitation_raise_in_objection'])
    expect(notes({ procedure: 'payment_order', servedOn: '2026-11-28' }, '2026-12-20', mayHaveRun)).toEqual([])
  })

  test('in mediation: careful before promising anything (民法典第一百九十二条第二款; 诉讼时效规定第十九条)', () => {
    expect(notes({ procedure: 'pre_litigation_mediation', mediationStartedOn: '2026-11-20' }, '2026-12-01', mayHaveRun)).toEqual(['limitation_before_promising'])
  })

  test('depends on the filing date: ask for it (诉讼时效规定第十条); not run or unanswered: nothing', () => {
    const depends = assessLimitation({ lastDueOn: '2023-10-20', filedNoLaterThan: '2026-11-28' })
    expect(depends.status).toBe('depends_on_filing_date')
    expect(notes(served, '2026-12-01', depends)).toEqual(['limitation_enter_filing_date'])
    expect(notes(served, '2026-12-01', assessLimitation({ lastDueOn: '2025-01-05', filedOn: '2026-11-10' }))).toEqual([])
    expect(notes(served, '2026-12-01', { status: 'unanswered' })).toEqual([])
    expect(notes(served, '2026-12-01')).toEqual([])
  })

  test('an assigned debt asks for the assignment and its notice (民法典第五百四十六条; 合同编通则解释第四十八条)', () => {
    expect(notes(served, '2026-12-01', undefined, 'assigned')).toEqual(['assignment_ask_for_proof'])
    expect(notes(served, '2026-12-01', undefined, 'likely')).toEqual(['assignment_check_plaintiff'])
    expect(notes(served, '2026-12-01', undefined, 'unsure')).toEqual(['assignment_check_plaintiff'])
    expect(notes(served, '2026-12-01', mayHaveRun, 'assigned')).toEqual(['limitation_raise_in_answer', 'assignment_ask_for_proof'])
  })
})

describe('is the plaintiff the original lender?', () => {
  test('the user\'s answer decides', () => {
    expect(assignmentStatus('assigned', '招商银行股份有限公司信用卡中心')).toBe('assigned')
    expect(assignmentStatus('original', '某某资产管理有限公司')).toBe('none')
  })

  test('unanswered: the four AMCs, local 资产管理 companies and 保理 companies are likely debt buyers', () => {
    for (const name of ['中国长城资产管理股份有限公司广东省分公司', '某省资产经营有限公司', '某某商业保理有限公司']) expect(assignmentStatus(undefined, name)).toBe('likely')
    expect(assignmentStatus(undefined, '重庆蚂蚁消费金融有限公司')).toBe('none')
    expect(assignmentStatus('unsure', '重庆蚂蚁消费金融有限公司')).toBe('unsure')
  })
})
