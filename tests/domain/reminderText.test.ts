import { daysLeftAt } from '@/domain/reminders/daysLeft'
import { createReminderBodySchema, reminderPageSchema, reminderValuesSchema, UNSTORABLE_TEXT } from '@/domain/reminders/reminderSchemas'
import { isStorableText, withoutUnstorable } from '@/domain/reminders/storableText'

describe('text the database can store', () => {
  test('accepts Chinese, emoji pairs and control characters other than NUL', () => {
    expect(isStorableText('杭州互联网法院😀\t')).toBe(true)
  })

  test('refuses NUL, a lone high surrogate, a lone low surrogate and a reversed pair', () => {
    for (const s of ['a\u0000b', '\ud83d', 'x\udc00', '\udc00\ud83d']) expect(isStorableText(s)).toBe(false)
  })

  test('drops only what cannot be stored and does not mutate its input', () => {
    const input = '法\u0000院\ud800😀'
    expect(withoutUnstorable(input)).toBe('法院😀')
    expect(input).toBe('法\u0000院\ud800😀')
  })

  test('the shared schema refuses such text in a field with the unstorable_text code', () => {
    const res = reminderValuesSchema.safeParse({ title: 'a\u0000b', court: 'x\ud800', eventAt: '2027-01-01' })
    expect(res.success).toBe(false)
    const issues = res.success ? [] : res.error.issues.map((i) => [i.path.join('.'), (i as { params?: { code?: string } }).params?.code])
    expect(issues).toEqual([['title', UNSTORABLE_TEXT], ['court', UNSTORABLE_TEXT]])
  })
})

describe('the page a reminder opens', () => {
  test('takes an app page with one parameter, at most 128 bytes', () => {
    expect(reminderPageSchema.safeParse('case/pages/detail/index?id=c1').success).toBe(true)
    expect(reminderPageSchema.safeParse('pages/index/index').success).toBe(true)
    expect(reminderPageSchema.safeParse(`case/pages/detail/index?id=${'c'.repeat(101)}`).success).toBe(true) // 128 bytes
    expect(reminderPageSchema.safeParse(`case/pages/detail/index?id=${'c'.repeat(102)}`).success).toBe(false)
  })

  test('refuses a leading slash, a second parameter, spaces, Chinese and an empty id', () => {
    for (const p of ['/case/pages/detail/index?id=c1', 'case/pages/detail/index?id=c1&x=2', 'case/pages/detail/index?id=c 1', '案件/index', 'case/pages/detail/index?id=']) {
      expect(reminderPageSchema.safeParse(p).success).toBe(false)
    }
  })

  test('is optional in the reminder body', () => {
    const body = { kind: 'answer', fireAt: Date.UTC(2026, 2, 14, 1), eventAt: Date.UTC(2026, 2, 17, 16), values: { title: '提交答辩状还剩3天', eventAt: '2026-03-17' } }
    expect(createReminderBodySchema.safeParse(body).success).toBe(true)
    expect(createReminderBodySchema.safeParse({ ...body, page: 'case/pages/detail/index?id=c1' }).success).toBe(true)
  })
})

describe('daysLeftAt', () => {
  test('counts whole Beijing days from the sending instant: 3 on 2026-03-14 09:00 for 2026-03-17', () => {
    expect(daysLeftAt('2026-03-17', Date.UTC(2026, 2 /* Mar */, 14, 1))).toBe(3)
  })

  test('uses the Beijing date: 2026-03-16 00:30 Beijing (still the 15th in UTC) leaves 1 day', () => {
    expect(daysLeftAt('2026-03-17', Date.UTC(2026, 2 /* Mar */, 15, 16, 30))).toBe(1)
  })

  test('says 0 on the day and after it, never a negative count, and reads a date-time by its date', () => {
    expect(daysLeftAt('2026-03-05T09:30', Date.UTC(2026, 2 /* Mar */, 4, 17))).toBe(0)
    expect(daysLeftAt('2026-03-05', Date.UTC(2026, 2 /* Mar */, 9, 1))).toBe(0)
  })

  test('gives undefined for a date that does not exist', () => {
    expect(daysLeftAt('2026-02-30', Date.UTC(2026, 1, 1))).toBeUndefined()
  })
})
