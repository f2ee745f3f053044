import { findByTestId, tap } from '../support/taroApp'
import { absent, detailOf, expectText, openAt, seed, tapId } from './helpers'
import { makeCase, NOW_MS } from '../storage/fixtures'

/** 普通程序：9 月 16 日送达，举证到 10 月 10 日，10 月 20 日开庭；“今天”是 11 月 25 日，每个日期都过了。 */
const allPassed = makeCase(7, {
  procedure: 'ordinary',
  documents: ['complaint', 'summons', 'evidence_notice'],
  facts: { servedOn: '2026-09-16', serviceMethod: 'mail', evidenceDeadline: '2026-10-10', hearingAt: '2026-10-20T09:00' }
})

describe('the case as a life, not a list of red numbers', () => {
  test('a case whose every deadline has passed shows its current stage and one next step at the top', async () => {
    seed(allPassed)
    await openAt(detailOf('case-7'), NOW_MS)
    const current = await findByTestId('stage-judgment', 10_000)
    expect(current.getAttribute('data-status')).toBe('current')
    expect(current.textContent).toBe('现在：判决')
    expect((await findByTestId('stage-hearing')).getAttribute('data-status')).toBe('done')
    expect((await findByTestId('stage-performance')).getAttribute('data-status')).toBe('upcoming')
    await expectText('next-step', '开庭已过：等法院的判决书')
  })

  test('each missed deadline says what can still be done, with its article, instead of advice for a date that is gone', async () => {
    seed(allPassed)
    await openAt(detailOf('case-7'), NOW_MS)
    await expectText('missed-answer-answer_still_accepted', '答辩状现在仍可以交')
    await expectText('missed-evidence-late_evidence_consequences', '训诫')
    await expectText('missed-evidence-evidence_extension_next_time', '期满前向法院书面申请延长')
    expect(absent('missed-jurisdiction_objection-jurisdiction_level_or_exclusive')).toBe(true) // 少见的例外先收起
    await tapId('fold-more-missed-jurisdiction_objection')
    await expectText('missed-jurisdiction_objection-jurisdiction_level_or_exclusive', '级别管辖或专属管辖')
    await expectText('missed-hearing-hearing_default_judgment', '缺席判决')
    await expectText('missed-hearing', '开庭日已经过了。如果你没能到庭')
    expect(absent('todo-answer')).toBe(true)
    expect(absent('safe-answer')).toBe(true)
    expect(absent('basis-missed-answer-0-0')).toBe(true)
    await tapId('fold-basis-missed-answer')
    const citation = await findByTestId('basis-missed-answer-0-0')
    expect(citation.textContent).toBe('《民事诉讼法第一百二十八条》')
    tap(citation)
    await expectText('law-text-missed-answer-0-0', '被告不提出答辩状的，不影响人民法院审理')
    tap(await findByTestId('basis-missed-answer-2-0'))
    await expectText('law-text-missed-answer-2-0', '在障碍消除后的十日内')
  })

  test('a deadline still ahead keeps its to-do advice and shows no missed-deadline help', async () => {
    seed(allPassed)
    await openAt(detailOf('case-7'), Date.UTC(2026, 8 /* Sep */, 20, 2))
    await expectText('todo-answer', '答辩状')
    expect(absent('missed-answer')).toBe(true)
    expect((await findByTestId('stage-answer_and_evidence')).getAttribute('data-status')).toBe('current')
  })

  test('the answer advice says what the law says: the court goes on hearing the case (第一百二十八条), and why writing helps', async () => {
    seed(allPassed)
    await openAt(detailOf('case-7'), Date.UTC(2026, 8 /* Sep */, 20, 2))
    const todo = (await findByTestId('todo-answer')).textContent ?? ''
    expect(todo).toContain('不影响人民法院审理')
    expect(todo).toContain('法官在开庭前就能看到你')
    expect(todo).not.toContain('不影响法院判决')
  })

  test('an unsure procedure says the appeal period appears once the judgment date is entered, not now', async () => {
    seed(makeCase(9, { procedure: 'unsure', documents: ['complaint'], facts: { servedOn: '2026-09-16', serviceMethod: 'mail' } }))
    await openAt(detailOf('case-9'), Date.UTC(2026, 8 /* Sep */, 20, 2))
    await expectText('assumptions', '收到判决书后点“修改”填上收到的日期，这里会列出上诉期')
    expect(absent('deadline-appeal_judgment')).toBe(true)
  })
})

describe('home: a case whose deadlines have all passed', () => {
  test('shows its current stage in one short line besides the red overdue count', async () => {
    seed(allPassed)
    await openAt('/pages/index/index', NOW_MS)
    await expectText('stage-case-7', '现在：判决 · 点开看下一步')
    await expectText('left-case-7', '已过期')
  })

  test('a case with a deadline ahead shows no stage line', async () => {
    seed(allPassed)
    await openAt('/pages/index/index', Date.UTC(2026, 8 /* Sep */, 20, 2))
    await expectText('left-case-7', '还剩')
    expect(absent('stage-case-7')).toBe(true)
  })
})
