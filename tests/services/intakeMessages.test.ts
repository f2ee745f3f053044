import { intakeText } from '@/i18n/intake'
import { intakeIssueCodes } from '@/services/intakeValidation'

describe('intake validation messages', () => {
  test.each(intakeIssueCodes.filter((code) => !['hearing_before_service', 'evidence_before_service', 'case_number_unparsed'].includes(code)))(
    'the %s message names the field it is about', (code) => {
      expect(intakeText.issues[code]('送达日期')).toContain('「送达日期」')
    })

  test('the cross-field messages say which two dates disagree', () => {
    expect(intakeText.issues.hearing_before_service('')).toMatch(/开庭.*送达/)
    expect(intakeText.issues.evidence_before_service('')).toMatch(/举证.*送达/)
  })

  test('the case-number message shows the expected shape and offers to continue', () => {
    expect(intakeText.issues.case_number_unparsed('')).toContain('（2026）浙0192民初1234号')
    expect(intakeText.issues.case_number_unparsed('')).toContain('直接继续')
  })
})
