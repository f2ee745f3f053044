import { spawnSync } from 'node:child_process'
import path from 'node:path'
import type { Deadline } from '@/domain/deadlines'
import { createReminderBodySchema } from '@/domain/reminders/reminderSchemas'
import { beijingDateTime, endOfBeijingDay, formatBeijing } from '@/services/beijingTime'
import { calendarEvents, icsForDeadlines, phoneCalendarEntry } from '@/services/reminderCalendar'
import { routes } from '@/routes'
import { caseIdOfKey, kindsOf, planCaseReminders, reminderPage } from '@/services/reminderPlan'

/** 2026-03-02 (Monday) 09:00 Beijing = 01:00 UTC. */
const T0 = Date.UTC(2026, 2 /* March */, 2, 1, 0)

function deadline(kind: Deadline['kind'], due: string, extra: Partial<Deadline> = {}): Deadline {
  return {
    kind, due, safeDue: due, actBy: due, rolledOver: false, provisional: false, startsFrom: null, period: null,
    basis: ['民事诉讼法第一百二十八条'], explanation: [], ...extra,
  }
}

const answer = deadline('answer', '2026-03-17')
const hearing = deadline('hearing', '2026-03-05', { at: '2026-03-05T09:30', basis: ['民事诉讼法第一百四十七条'] })
const evidence = deadline('evidence', '2026-03-03')
const labels = { caseLabel: '(2026)浙0192民初1234号', court: '杭州互联网法院' }

/**
 * Runs the planner in a fresh Node process with TZ set: jest's jsdom sandbox ignores a TZ change,
 * so this is the only honest way to show the device zone does not leak in. The local hour of
 * epoch 0 proves the zone really took effect in that process.
 */
function planInTimeZone(tz: string): { localHourAtEpoch: number; plan: unknown; calendar: string } {
  const root = path.resolve(__dirname, '../..')
  // tsx loads these as CommonJS (the root package is not "type": "module"): exports sit on default.
  const code = `
    const load = async (p) => { const m = await import(p); return m.default ?? m }
    const { planCaseReminders } = await load(${JSON.stringify(path.join(root, 'src/services/reminderPlan.ts'))})
    const { icsForDeadlines } = await load(${JSON.stringify(path.join(root, 'src/services/reminderCalendar.ts'))})
    const { formatBeijing } = await load(${JSON.stringify(path.join(root, 'src/services/beijingTime.ts'))})
    const input = ${JSON.stringify({ deadlines: [answer, hearing, evidence], labels, now: T0 })}
    const plan = planCaseReminders('c1', input.deadlines, input.labels, input.now)
    const calendar = icsForDeadlines('c1', input.deadlines, input.labels, input.now) + plan.map((p) => formatBeijing(p.fireAt)).join('|')
    console.log(JSON.stringify({ localHourAtEpoch: new Date(0).getHours(), plan, calendar }))`
  const res = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '--eval', code], {
    cwd: root, env: { ...process.env, TZ: tz }, encoding: 'utf8',
  })
  if (res.status !== 0) throw new Error(res.stderr)
  return JSON.parse(res.stdout)
}

describe('planCaseReminders', () => {
  test('schedules a deadline 3 days before its safe last day at 09:00 Beijing and on that morning', () => {
    const plan = planCaseReminders('c1', [answer], labels, T0)
    expect(plan.map((p) => [p.key, p.fireAt])).toEqual([
      ['c1:answer:D-3', Date.UTC(2026, 2 /* March */, 14, 1, 0)],
      ['c1:answer:D0', Date.UTC(2026, 2 /* March */, 17, 1, 0)],
    ])
    expect(plan[0].eventAt).toBe(Date.UTC(2026, 2 /* March */, 17, 15, 59, 59, 999))
    expect(plan[0].values).toMatchObject({ title: '提交答辩状还剩3天', eventAt: '2026-03-17', daysLeft: 3, ...labels })
    expect(plan[1].values.title).toBe('提交答辩状今天截止')
  })

  test('schedules a hearing the day before at 09:00 and two hours before it starts', () => {
    const plan = planCaseReminders('c1', [hearing], labels, T0)
    expect(plan.map((p) => [p.key, p.fireAt, p.eventAt])).toEqual([
      ['c1:hearing:H-1d', Date.UTC(2026, 2 /* March */, 4, 1, 0), Date.UTC(2026, 2 /* March */, 5, 1, 30)],
      ['c1:hearing:H-2h', Date.UTC(2026, 2 /* March */, 4, 23, 30), Date.UTC(2026, 2 /* March */, 5, 1, 30)],
    ])
    expect(plan[0].values).toMatchObject({ title: '明天开庭，请按时到庭', eventAt: '2026-03-05T09:30' })
    expect(plan[1].values.title).toBe('今天开庭，请按时到庭')
  })

  test('gives the same instants, calendar and wording whatever the device time zone is', () => {
    const shanghai = planInTimeZone('Asia/Shanghai')
    const losAngeles = planInTimeZone('America/Los_Angeles')
    const kiritimati = planInTimeZone('Pacific/Kiritimati')
    expect([shanghai.localHourAtEpoch, losAngeles.localHourAtEpoch, kiritimati.localHourAtEpoch]).toEqual([8, 16, 13]) // Kiritimati was UTC−10:40 in 1970
    expect(losAngeles.plan).toEqual(shanghai.plan)
    expect(kiritimati.plan).toEqual(shanghai.plan)
    expect(losAngeles.calendar).toEqual(shanghai.calendar)
    expect(kiritimati.calendar).toEqual(shanghai.calendar)
    expect(JSON.parse(JSON.stringify(planCaseReminders('c1', [answer, hearing, evidence], labels, T0)))).toEqual(shanghai.plan)
  }, 20_000)

  test('skips reminders whose time has passed but keeps the later ones for the same deadline', () => {
    const plan = planCaseReminders('c1', [evidence], labels, T0)
    expect(plan.map((p) => p.key)).toEqual(['c1:evidence:D0'])
    const atTheHearing = planCaseReminders('c1', [hearing], labels, Date.UTC(2026, 2, 4, 23, 30))
    expect(atTheHearing).toEqual([])
  })

  test('puts the hearing first, then the answer, then evidence, whatever the dates', () => {
    const late = deadline('payment_order_objection', '2026-04-20')
    const appeal = deadline('appeal_judgment', '2026-04-01')
    const plan = planCaseReminders('c1', [evidence, appeal, late, answer, hearing], labels, T0)
    expect(plan.map((p) => p.key)).toEqual([
      'c1:hearing:H-1d', 'c1:hearing:H-2h', 'c1:answer:D-3', 'c1:answer:D0',
      'c1:payment_order_objection:D-3', 'c1:payment_order_objection:D0',
      'c1:appeal_judgment:D-3', 'c1:appeal_judgment:D0', 'c1:evidence:D0',
    ])
    expect(kindsOf(plan)).toEqual(['hearing', 'answer', 'payment_order_objection', 'appeal_judgment', 'evidence'])
  })

  test('after a holiday roll-over, reminds by the working day before the holiday and names that day, never 国庆 10-01', () => {
    const rolled = deadline('jurisdiction_objection', '2026-10-08', { safeDue: '2026-10-01', actBy: '2026-09-30', rolledOver: true })
    const plan = planCaseReminders('c1', [rolled], {}, T0)
    expect(plan.map((p) => p.fireAt)).toEqual([Date.UTC(2026, 8 /* September */, 27, 1, 0), Date.UTC(2026, 8 /* September */, 30, 1, 0)])
    expect(plan[0].values).toMatchObject({ eventAt: '2026-09-30', daysLeft: 3 })
    expect(plan[0].eventAt).toBe(Date.UTC(2026, 9 /* October */, 8, 15, 59, 59, 999))
  })

  test('keeps keys stable when a date changes, so the server replaces the reminder', () => {
    const before = planCaseReminders('c1', [answer], labels, T0).map((p) => p.key)
    const after = planCaseReminders('c1', [deadline('answer', '2026-03-20')], labels, T0).map((p) => p.key)
    expect(after).toEqual(before)
  })

  test('produces bodies the shared server schema accepts, without personal data beyond the labels', () => {
    for (const p of planCaseReminders('c1', [answer, hearing, evidence], labels, T0)) {
      const { key: _key, ...body } = p
      expect(createReminderBodySchema.safeParse(body).success).toBe(true)
      expect(Object.keys(p.values).sort()).toEqual(['caseLabel', 'court', 'daysLeft', 'eventAt', 'note', 'title'])
      expect(p.values.note).toContain('以法院传票/通知书为准')
      expect(p.values.note).toContain('不构成法律意见')
    }
  })

  test('clips long labels to what the schema allows and leaves out empty ones', () => {
    const [p] = planCaseReminders('c1', [answer], { caseLabel: '案'.repeat(50), court: '  ' }, T0)
    expect(Array.from(p.values.caseLabel ?? '')).toHaveLength(40)
    expect(p.values).not.toHaveProperty('court')
  })

  test("opens the case's own detail page, built from routes.detail without the leading slash", () => {
    const plan = planCaseReminders('c1ab2', [answer, hearing], labels, T0)
    expect(new Set(plan.map((p) => p.page))).toEqual(new Set(['case/pages/detail/index?id=c1ab2']))
    expect(reminderPage('c1')).toBe(`${routes.detail.slice(1)}?id=c1`)
  })

  test('leaves out characters the server cannot store (NUL, half an emoji) instead of failing the reminders', () => {
    const [p] = planCaseReminders('c1', [answer], { caseLabel: '(2026)浙0192民初1号\u0000', court: '杭州\ud83d互联网法院😀' }, T0)
    expect(p.values.caseLabel).toBe('(2026)浙0192民初1号')
    expect(p.values.court).toBe('杭州互联网法院😀')
    const { key: _key, ...body } = p
    expect(createReminderBodySchema.safeParse(body).success).toBe(true)
  })

  test('refuses a case id that cannot be part of a reminder key', () => {
    expect(() => planCaseReminders('案件 1', [answer], labels, T0)).toThrow(TypeError)
    expect(caseIdOfKey('c1:answer:D0')).toBe('c1')
  })

  test('does not mutate the deadlines it is given', () => {
    const input = [answer, hearing]
    const copy = JSON.parse(JSON.stringify(input))
    planCaseReminders('c1', input, labels, T0)
    expect(input).toEqual(copy)
  })
})

describe('phone calendar and .ics', () => {
  test('makes one event per upcoming deadline with alarms at the planned times', () => {
    const events = calendarEvents('c1', [answer, hearing], labels, T0)
    expect(events.map((e) => [e.uid, e.startMs])).toEqual([
      ['c1:hearing', Date.UTC(2026, 2, 5, 1, 30)],
      ['c1:answer', Date.UTC(2026, 2, 17, 1, 0)],
    ])
    expect(events[0].alarms.map((a) => a.key)).toEqual(['c1:hearing:H-1d', 'c1:hearing:H-2h'])
    expect(phoneCalendarEntry(events[0])).toEqual({
      title: '开庭（(2026)浙0192民初1234号）',
      startTime: Date.UTC(2026, 2, 5, 1, 30) / 1000,
      endTime: Date.UTC(2026, 2, 5, 2, 30) / 1000,
      description: expect.stringContaining('以法院传票/通知书为准'),
      alarmOffset: 24 * 3600 + 30 * 60,
    })
  })

  test('writes RFC 5545 text: CRLF lines, UTC times, a UID per deadline and per reminder, escaped text', () => {
    const ics = icsForDeadlines('c1', [answer, hearing], { caseLabel: 'A,B;C' }, T0)
    const lines = ics.split('\r\n')
    expect(lines[0]).toBe('BEGIN:VCALENDAR')
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true)
    expect(ics).not.toMatch(/[^\r]\n/)
    expect(lines).toContain('UID:c1:answer@yingsu-zhushou')
    expect(lines).toContain('UID:c1:answer:D-3@yingsu-zhushou')
    expect(lines).toContain('DTSTART:20260305T013000Z')
    expect(lines).toContain('DTSTAMP:20260302T010000Z')
    expect(lines).toContain('TRIGGER;VALUE=DATE-TIME:20260304T233000Z')
    expect(ics).toContain('SUMMARY:开庭（A\\,B\\;C）')
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2)
    expect(ics.match(/BEGIN:VALARM/g)).toHaveLength(4)
  })

  test('folds long lines at 75 octets without splitting a Chinese character', () => {
    const ics = icsForDeadlines('c1', [answer], labels, T0)
    const lines = ics.split('\r\n')
    expect(lines.some((l) => l.startsWith(' '))).toBe(true)
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75)
    expect(ics).not.toContain('\uFFFD')
    const unfolded = ics.replace(/\r\n /g, '')
    expect(unfolded).toContain('以法院传票/通知书为准')
    expect(unfolded).toContain('法定最后一日：2026-03-17')
  })

  test('leaves out deadlines that are already over', () => {
    const ics = icsForDeadlines('c1', [evidence, answer], labels, Date.UTC(2026, 2, 4))
    expect(ics).not.toContain('UID:c1:evidence@')
    expect(ics).toContain('UID:c1:answer@')
  })

  test('turns Beijing wall-clock times into instants by arithmetic', () => {
    expect(beijingDateTime('2026-03-05T09:30')).toBe(Date.UTC(2026, 2, 5, 1, 30))
    expect(endOfBeijingDay('2026-12-31')).toBe(Date.UTC(2026, 11, 31, 15, 59, 59, 999))
    expect(() => beijingDateTime('2026-03-05 09:30')).toThrow(TypeError)
  })

  test('formats instants in Beijing time for lists', () => {
    expect(formatBeijing(Date.UTC(2026, 2, 4, 23, 30))).toBe('3月5日 07:30')
    expect(formatBeijing(Date.UTC(2026, 11, 31, 16, 5))).toBe('1月1日 00:05')
  })
})
