import { caseFactsIssueCodes, parseCaseFacts } from '../../src/domain/deadlines'

describe('parseCaseFacts', () => {
  it('accepts complete facts and returns only the known fields', () => {
    const input = {
      procedure: 'ordinary', servedOn: '2026-09-16', serviceMethod: 'mail', answerDays: 15, evidenceDays: 15,
      hearingAt: '2026-10-20T09:30', judgmentServedOn: '2026-12-01', rulingServedOn: '2026-11-01', extra: 'dropped',
    }
    const result = parseCaseFacts(input)
    expect(result.ok).toBe(true)
    if (result.ok) expect(result.value).not.toHaveProperty('extra')
    expect(input.extra).toBe('dropped') // input not mutated
  })

  it('accepts the issue-10 facts: 15 days in ordinary procedure, 30 for a party abroad (第一百二十八条, 第二百八十五条)', () => {
    expect(parseCaseFacts({ procedure: 'ordinary', answerDays: 15 }).ok).toBe(true)
    expect(parseCaseFacts({ procedure: 'ordinary', answerDays: 30, foreignParty: true }).ok).toBe(true)
    expect(parseCaseFacts({ procedure: 'simple', answerDays: 20 }).ok).toBe(true) // court-set (解释第二百六十六条)
    const facts = { procedure: 'ordinary', instance: 'second', foreignParty: false, appealServedOn: '2026-03-06', performanceDays: 10 }
    expect(parseCaseFacts(facts)).toEqual({ ok: true, value: facts })
  })

  it('treats empty strings and null as "not filled in"', () => {
    expect(parseCaseFacts({ procedure: 'simple', servedOn: '', hearingAt: null, answerDays: null })).toEqual({ ok: true, value: { procedure: 'simple' } })
  })

  it.each([
    ['not an object', 'x', [{ field: '', code: 'not_an_object' }]],
    ['an array', [], [{ field: '', code: 'not_an_object' }]],
    ['null', null, [{ field: '', code: 'not_an_object' }]],
    ['a missing procedure', {}, [{ field: 'procedure', code: 'required' }]],
    ['an unknown procedure', { procedure: 'criminal' }, [{ field: 'procedure', code: 'unknown_procedure' }]],
    ['an unknown service method', { procedure: 'ordinary', serviceMethod: 'pigeon' }, [{ field: 'serviceMethod', code: 'unknown_service_method' }]],
    ['a malformed date', { procedure: 'ordinary', servedOn: '2026/09/16' }, [{ field: 'servedOn', code: 'invalid_date' }]],
    ['a date that does not exist', { procedure: 'ordinary', servedOn: '2026-02-29' }, [{ field: 'servedOn', code: 'not_a_real_date' }]],
    ['a date far outside 2000–2100', { procedure: 'ordinary', judgmentServedOn: '1999-12-31' }, [{ field: 'judgmentServedOn', code: 'out_of_range' }]],
    ['an impossible hearing time', { procedure: 'ordinary', hearingAt: '2026-10-20T24:00' }, [{ field: 'hearingAt', code: 'not_a_real_date' }]],
    ['a hearing without a time', { procedure: 'ordinary', hearingAt: '2026-10-20' }, [{ field: 'hearingAt', code: 'invalid_date' }]],
    ['an answer period of 0 days', { procedure: 'ordinary', answerDays: 0 }, [{ field: 'answerDays', code: 'out_of_range' }]],
    ['an answer period of 31 days', { procedure: 'simple', answerDays: 31 }, [{ field: 'answerDays', code: 'out_of_range' }]],
    ['a fractional answer period', { procedure: 'simple', answerDays: 7.5 }, [{ field: 'answerDays', code: 'not_an_integer' }]],
    ['an answer period typed as text', { procedure: 'simple', answerDays: '15' }, [{ field: 'answerDays', code: 'not_an_integer' }]],
    ['a hearing before service', { procedure: 'ordinary', servedOn: '2026-09-16', hearingAt: '2026-09-15T09:00' }, [{ field: 'hearingAt', code: 'hearing_before_service' }]],
    ['an evidence deadline before service', { procedure: 'ordinary', servedOn: '2026-09-16', evidenceDeadline: '2026-09-01' }, [{ field: 'evidenceDeadline', code: 'evidence_before_service' }]],
    // 第一百二十八条: the 15 days of ordinary procedure are statutory, a court does not set more.
    ['an ordinary-procedure answer period of 16 days', { procedure: 'ordinary', answerDays: 16 }, [{ field: 'answerDays', code: 'answer_days_over_limit' }]],
    ['an ordinary-procedure answer period of 20 days', { procedure: 'ordinary', servedOn: '2026-09-16', answerDays: 20 }, [{ field: 'answerDays', code: 'answer_days_over_limit' }]],
    // 第二百八十五条: 30 days for a party abroad; the generic 1..30 bound refuses more.
    ['an answer period of 31 days for a party abroad', { procedure: 'ordinary', answerDays: 31, foreignParty: true }, [{ field: 'answerDays', code: 'out_of_range' }]],
    ['an unknown instance', { procedure: 'ordinary', instance: 'third' }, [{ field: 'instance', code: 'unknown_instance' }]],
    ['foreignParty as text', { procedure: 'ordinary', foreignParty: 'yes' }, [{ field: 'foreignParty', code: 'not_a_boolean' }]],
    ['a malformed appeal service date', { procedure: 'ordinary', appealServedOn: '2026-02-30' }, [{ field: 'appealServedOn', code: 'not_a_real_date' }]],
    ['a performance period of 0 days', { procedure: 'ordinary', performanceDays: 0 }, [{ field: 'performanceDays', code: 'out_of_range' }]],
    ['a fractional performance period', { procedure: 'ordinary', performanceDays: 9.5 }, [{ field: 'performanceDays', code: 'not_an_integer' }]],
  ])('rejects %s, naming the field', (_what, input, issues) => {
    expect(parseCaseFacts(input)).toEqual({ ok: false, issues })
  })

  it('rejects a hearing before a public notice was published, naming hearingAt', () => {
    expect(parseCaseFacts({ procedure: 'ordinary', publicNoticeOn: '2026-09-01', hearingAt: '2026-08-31T09:00' })).toEqual({ ok: false, issues: [{ field: 'hearingAt', code: 'hearing_before_service' }] })
    expect(parseCaseFacts({ procedure: 'ordinary', publicNoticeOn: '2026-09-01', evidenceDeadline: '2026-08-01' })).toEqual({ ok: false, issues: [{ field: 'evidenceDeadline', code: 'evidence_before_service' }] })
  })

  it('accepts a hearing the notice fixes inside its 30 days, since the user must still attend it', () => {
    expect(parseCaseFacts({ procedure: 'ordinary', publicNoticeOn: '2026-09-01', hearingAt: '2026-09-20T09:00' }).ok).toBe(true)
  })

  it('returns not_an_object instead of throwing when reading a field throws', () => {
    const hostile = Object.defineProperty({}, 'procedure', { enumerable: true, get() { throw new Error('boom') } })
    expect(parseCaseFacts(hostile)).toEqual({ ok: false, issues: [{ field: '', code: 'not_an_object' }] })
    const trap = new Proxy({}, { get() { throw new Error('boom') } })
    expect(parseCaseFacts(trap)).toEqual({ ok: false, issues: [{ field: '', code: 'not_an_object' }] })
  })

  it('reads each field once, so a getter cannot change a value after it was checked', () => {
    let reads = 0
    const flaky = { procedure: 'ordinary', get servedOn() { reads++; return reads === 1 ? '2026-09-16' : 'not a date' } }
    expect(parseCaseFacts(flaky)).toEqual({ ok: true, value: { procedure: 'ordinary', servedOn: '2026-09-16' } })
  })

  it('accepts a hearing on the day of service', () => {
    expect(parseCaseFacts({ procedure: 'small_claims', servedOn: '2026-09-16', hearingAt: '2026-09-16T15:00' }).ok).toBe(true)
  })

  it('reports every bad field at once', () => {
    const result = parseCaseFacts({ procedure: 'x', servedOn: 'soon', answerDays: 99 })
    expect(result).toEqual({ ok: false, issues: [
      { field: 'procedure', code: 'unknown_procedure' }, { field: 'servedOn', code: 'invalid_date' }, { field: 'answerDays', code: 'out_of_range' },
    ] })
    if (!result.ok) for (const issue of result.issues) expect(caseFactsIssueCodes).toContain(issue.code)
  })
})
