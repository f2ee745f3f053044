import { emptyIntakeForm, normalizeDateInput, parseYuan, type IntakeForm } from '@/services/intakeForm'
import { factsFromForm, firstInvalidStep, firstIssueField, validateStep } from '@/services/intakeValidation'

const TODAY = '2026-11-25'
const form = (patch: Partial<IntakeForm>): IntakeForm => ({ ...emptyIntakeForm(), ...patch })
const served = (patch: Partial<IntakeForm> = {}) => form({ documents: ['complaint'], serviceMethod: 'mail', servedOn: '2026-09-16', ...patch })

describe('intake validation', () => {
  test('step 1 asks the user to choose at least one document (a choice is chosen, not filled in)', () => {
    expect(validateStep(0, form({}), TODAY)).toEqual([{ field: 'documents', code: 'not_chosen' }])
  })

  test('a complete date step passes', () => {
    expect(validateStep(1, served(), TODAY)).toEqual([])
  })

  test('a date that does not exist is reported at that field', () => {
    expect(validateStep(1, served({ servedOn: '2026-02-30' }), TODAY)).toEqual([{ field: 'servedOn', code: 'not_a_real_date' }])
  })

  test('a date in the wrong shape is reported as a format problem', () => {
    expect(validateStep(1, served({ servedOn: '9月16日' }), TODAY)).toEqual([{ field: 'servedOn', code: 'invalid_date' }])
  })

  test('common Chinese and slash spellings of a date are accepted', () => {
    expect(normalizeDateInput('2026年9月16日')).toBe('2026-09-16')
    expect(validateStep(1, served({ servedOn: '2026/9/16' }), TODAY)).toEqual([])
  })

  test('a service date after today is reported', () => {
    expect(validateStep(1, served({ servedOn: '2026-11-26' }), TODAY)).toEqual([{ field: 'servedOn', code: 'in_future' }])
  })

  test('a hearing before service is reported at the hearing date', () => {
    const f = served({ documents: ['complaint', 'summons'], hearingDate: '2026-09-10', hearingTime: '09:30' })
    expect(validateStep(1, f, TODAY)).toEqual([{ field: 'hearingDate', code: 'hearing_before_service' }])
  })

  test('a hearing time that is not a time is reported at the time field only', () => {
    const f = served({ documents: ['summons'], hearingDate: '2026-12-01', hearingTime: '25:00' })
    expect(validateStep(1, f, TODAY)).toEqual([{ field: 'hearingTime', code: 'invalid_time' }])
  })

  test('evidence days outside 1–90 are reported', () => {
    const f = served({ documents: ['evidence_notice'], evidenceMode: 'days', evidenceDays: '400' })
    expect(validateStep(1, f, TODAY)).toEqual([{ field: 'evidenceDays', code: 'days_out_of_range' }])
  })

  test('public notice asks for the notice date instead of the service date', () => {
    expect(validateStep(1, served({ serviceMethod: 'public_notice', servedOn: '' }), TODAY)).toEqual([{ field: 'publicNoticeOn', code: 'required' }])
  })

  test('a case number that does not parse is reported until the user chooses to continue without checking', () => {
    const f = form({ caseNumber: '浙江杭州1234', procedure: 'ordinary' })
    expect(validateStep(2, f, TODAY)).toEqual([{ field: 'caseNumber', code: 'case_number_unparsed' }])
    expect(validateStep(2, { ...f, caseNumberUnchecked: true }, TODAY)).toEqual([])
  })

  test('the lender is required, and “other” needs a name', () => {
    expect(validateStep(3, form({}), TODAY)).toEqual([{ field: 'lenderKey', code: 'not_chosen' }])
    expect(validateStep(3, form({ lenderKey: 'other' }), TODAY)).toEqual([{ field: 'lenderOther', code: 'required' }])
  })

  test('amounts must be yuan with at most two decimals', () => {
    expect(parseYuan('12,000.5')).toBe(1_200_050)
    expect(validateStep(3, form({ lenderKey: 'alipay', interest: '12.345' }), TODAY)).toEqual([{ field: 'interest', code: 'amount_too_many_decimals' }])
  })

  test('amounts are read the way people write them: commas, 元, full-width digits, spaces and 万', () => {
    expect(parseYuan('12,345.67元')).toBe(1_234_567)
    expect(parseYuan('１２ ３４５．６７')).toBe(1_234_567)
    expect(parseYuan('1.2万')).toBe(1_200_000)
    expect(validateStep(3, form({ lenderKey: 'alipay', principal: '12,345.67元', interest: '1.2万' }), TODAY)).toEqual([])
  })

  test('an amount with letters or a minus sign is refused at that amount with its own reason, never altered', () => {
    expect(parseYuan('12,345.67元abc')).toBeNull()
    expect(validateStep(3, form({ lenderKey: 'alipay', principal: '12,345.67元abc', penalty: '-100' }), TODAY)).toEqual([
      { field: 'principal', code: 'invalid_amount' },
      { field: 'penalty', code: 'amount_negative' }
    ])
  })

  test('a court name over 100 characters is refused at the court field instead of being cut', () => {
    const long = '杭州互联网法院'.repeat(72) // 504 个字
    expect(validateStep(2, form({ court: long, procedure: 'ordinary' }), TODAY)).toEqual([{ field: 'court', code: 'too_long' }])
    expect(validateStep(2, form({ court: '新疆维吾尔自治区高级人民法院生产建设兵团分院', procedure: 'ordinary' }), TODAY)).toEqual([])
  })

  test('a future service date is reported at the service date only, not also at a correct hearing date', () => {
    const f = served({ documents: ['summons'], servedOn: '2026-12-01', hearingDate: '2026-11-30', hearingTime: '09:30' })
    expect(validateStep(1, f, TODAY)).toEqual([{ field: 'servedOn', code: 'in_future' }])
  })

  test('the first field in error is the one highest on the page, whatever order the checks found them in', () => {
    const issues = validateStep(1, served({ documents: ['summons'], serviceMethod: '', servedOn: '9月1日' }), TODAY)
    expect(issues.map((i) => i.field)).toContain('servedOn')
    expect(firstIssueField(issues)).toBe('serviceMethod')
    expect(firstIssueField([{ field: 'interest', code: 'invalid_amount' }, { field: 'lenderKey', code: 'not_chosen' }])).toBe('lenderKey')
    expect(firstIssueField([])).toBeNull()
  })

  test('firstInvalidStep points at the earliest step with a problem', () => {
    expect(firstInvalidStep(served({ procedure: 'ordinary' }), TODAY)).toEqual({ step: 3, issues: [{ field: 'lenderKey', code: 'not_chosen' }] })
  })
})

describe('lifecycle facts in the form (issue 10)', () => {
  test('a performance period of 400 days is refused at its field with the range to use', () => {
    const form = { ...emptyIntakeForm(), documents: ['judgment'], judgmentServedOn: '2026-09-01', performanceDays: '400' }
    expect(validateStep(1, form, '2026-09-20')).toEqual([{ field: 'performanceDays', code: 'performance_days_out_of_range' }])
  })

  test('an appeal copy served in the future is reported at its own field', () => {
    const form = { ...emptyIntakeForm(), documents: ['appeal_petition'], appealServedOn: '2026-10-01' }
    expect(validateStep(1, form, '2026-09-20')).toEqual([{ field: 'appealServedOn', code: 'in_future' }])
  })

  test('hidden questions do not reach the facts: no performance days without a judgment date, no instance without a reason to ask', () => {
    const form = { ...emptyIntakeForm(), documents: ['complaint'], serviceMethod: 'mail', servedOn: '2026-09-16', performanceDays: '10', instance: 'second', caseNumber: '(2026)浙0192民初1234号' }
    expect(factsFromForm(form)).toEqual({ serviceMethod: 'mail', servedOn: '2026-09-16' })
  })
})
