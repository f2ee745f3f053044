import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { DAY, deadlineBody, DEADLINE_TEMPLATE, hearingBody, HEARING_TEMPLATE, startTestEnv, T0, type TestEnv } from './helpers/env.ts'

describe(`consents, credits and delete-me (${process.env.TEST_DB ?? 'pglite'})`, () => {
  let env: TestEnv
  before(async () => { env = await startTestEnv() })
  after(async () => { await env.close() })

  it('adds one credit per accept (acceptWithAudio too) and none for reject, ban or filter', async () => {
    const { token } = await env.login('o-credits-1')
    await env.call(token, 'POST', '/v1/consents', { results: { [HEARING_TEMPLATE]: 'accept', [DEADLINE_TEMPLATE]: 'reject' } })
    await env.call(token, 'POST', '/v1/consents', { results: { [HEARING_TEMPLATE]: 'acceptWithAudio', [DEADLINE_TEMPLATE]: 'ban' } })
    const res = await env.call(token, 'POST', '/v1/consents', { results: { [HEARING_TEMPLATE]: 'filter' } })
    assert.equal(res.statusCode, 200)
    assert.deepEqual(res.json().credits, [{ templateId: HEARING_TEMPLATE, credits: 2, pending: 0, turnedOff: false }])
  })

  it('shows pending reminders next to the credits so the app knows to ask again', async () => {
    const { token } = await env.login('o-credits-2')
    await env.call(token, 'PUT', '/v1/reminders/h1', hearingBody())
    await env.call(token, 'PUT', '/v1/reminders/h2', hearingBody({ fireAt: T0 + 2 * DAY }))
    await env.call(token, 'POST', '/v1/consents', { results: { [HEARING_TEMPLATE]: 'accept' } })
    assert.deepEqual((await env.call(token, 'GET', '/v1/credits')).json().credits, [{ templateId: HEARING_TEMPLATE, credits: 1, pending: 2, turnedOff: false }])
  })

  it('rejects results for a template the service does not use, and malformed results', async () => {
    const { token } = await env.login('o-credits-3')
    const unknown = await env.call(token, 'POST', '/v1/consents', { results: { someoneElses: 'accept' } })
    assert.equal(unknown.statusCode, 422)
    assert.equal(unknown.json().error.code, 'unknown_template')
    const bad = await env.call(token, 'POST', '/v1/consents', { results: { [HEARING_TEMPLATE]: 'yes' } })
    assert.equal(bad.statusCode, 400)
    assert.deepEqual((await env.call(token, 'GET', '/v1/credits')).json().credits, [])
  })

  it('puts reminders waiting for consent back on the schedule, most decisive first, as far as credits go', async () => {
    const { token } = await env.login('o-credits-4')
    await env.call(token, 'PUT', '/v1/reminders/custom', deadlineBody('custom'))
    await env.call(token, 'PUT', '/v1/reminders/answer', deadlineBody('answer'))
    await env.call(token, 'PUT', '/v1/reminders/over', deadlineBody('evidence', { eventAt: T0 + 2 * DAY }))
    await env.tdb.db.updateTable('reminders').set({ state: 'needs_consent' }).where('reminder_key', 'in', ['custom', 'answer', 'over']).execute()
    env.clock.now = T0 + 3 * DAY // 'over' has passed its event by now
    try {
      const res = await env.call(token, 'POST', '/v1/consents', { results: { [DEADLINE_TEMPLATE]: 'accept' } })
      assert.equal(res.json().requeued, 1)
      const states = Object.fromEntries(((await env.call(token, 'GET', '/v1/reminders')).json().reminders as { key: string; state: string }[])
        .map((r) => [r.key, r.state]))
      assert.deepEqual(states, { answer: 'scheduled', custom: 'needs_consent', over: 'expired' })
    } finally { env.clock.now = T0 }
  })

  it('caps the credits the app reports at its pending reminders for the template + 3 (issue 18: 30 reports were 30 credits)', async () => {
    const { token } = await env.login('o-credits-cap')
    const report = () => env.call(token, 'POST', '/v1/consents', { results: { [HEARING_TEMPLATE]: 'accept' } })
    for (let i = 0; i < 30; i++) await report()
    const credits = async () => (await env.call(token, 'GET', '/v1/credits')).json().credits[0] as { credits: number; pending: number }
    assert.deepEqual(await credits(), { templateId: HEARING_TEMPLATE, credits: 3, pending: 0, turnedOff: false })
    await env.call(token, 'PUT', '/v1/reminders/h1', hearingBody())
    await env.call(token, 'PUT', '/v1/reminders/h2', hearingBody({ fireAt: T0 + 2 * DAY }))
    for (let i = 0; i < 5; i++) await report()
    assert.equal((await credits()).credits, 5, 'two pending reminders + 3')
    await env.call(token, 'DELETE', '/v1/reminders/h1')
    await env.call(token, 'DELETE', '/v1/reminders/h2')
    await report()
    assert.equal((await credits()).credits, 5, 'credits already held are never taken away')
  })

  it('never lets one user spend or see another user’s credits', async () => {
    const a = (await env.login('o-credits-5a')).token
    const b = (await env.login('o-credits-5b')).token
    await env.call(a, 'POST', '/v1/consents', { results: { [HEARING_TEMPLATE]: 'accept' } })
    assert.deepEqual((await env.call(b, 'GET', '/v1/credits')).json().credits, [])
  })

  it('deletes everything about the caller and nothing about anyone else', async () => {
    const a = await env.login('o-delete-a')
    const b = await env.login('o-delete-b')
    for (const t of [a.token, b.token]) {
      await env.call(t, 'PUT', '/v1/reminders/h', hearingBody())
      await env.call(t, 'POST', '/v1/consents', { results: { [HEARING_TEMPLATE]: 'accept' } })
    }
    const res = await env.call(a.token, 'DELETE', '/v1/me')
    assert.equal(res.statusCode, 204)
    assert.equal((await env.call(a.token, 'GET', '/v1/reminders')).statusCode, 401)
    const db = env.tdb.db
    assert.equal((await db.selectFrom('users').select('id').where('openid', '=', a.openid).execute()).length, 0)
    const userIds = (await db.selectFrom('users').select('id').execute()).map((u) => u.id)
    for (const table of ['sessions', 'consent_credits', 'reminders'] as const) {
      const orphans = await db.selectFrom(table).select('user_id').where('user_id', 'not in', userIds).execute()
      assert.equal(orphans.length, 0, table)
    }
    assert.equal((await env.call(b.token, 'GET', '/v1/reminders')).json().reminders.length, 1)
    assert.equal((await env.call(b.token, 'GET', '/v1/credits')).json().credits[0].credits, 1)
  })
})

describe(`GET /v1/holiday-calendar (${process.env.TEST_DB ?? 'pglite'})`, () => {
  let env: TestEnv
  before(async () => { env = await startTestEnv() })
  after(async () => { await env.close() })

  it('returns bundled years plus operator-added ones, the added year replacing a bundled one', async () => {
    const { upsertHolidayYear } = await import('../src/repositories/holidays.ts')
    await upsertHolidayYear(env.tdb.db, 2027, { year: 2027, papers: ['https://www.gov.cn/x'], days: [] }, T0)
    await upsertHolidayYear(env.tdb.db, 2026, { year: 2026, papers: ['https://www.gov.cn/fix'], days: [] }, T0)
    const all = (await env.call(undefined, 'GET', '/v1/holiday-calendar')).json().years as { year: number; papers?: string[] }[]
    assert.deepEqual(all.map((y) => y.year), [2025, 2026, 2027])
    assert.deepEqual(all[1]?.papers, ['https://www.gov.cn/fix'])
    const since = (await env.call(undefined, 'GET', '/v1/holiday-calendar?since=2027')).json().years as { year: number }[]
    assert.deepEqual(since.map((y) => y.year), [2027])
    assert.equal((await env.call(undefined, 'GET', '/v1/holiday-calendar?since=abc')).statusCode, 400)
  })

  it('serves the bundled years of the shared holiday calendar (2023–2026 at least)', async () => {
    const { bundledHolidays } = await import('../src/holidays.ts')
    const years = bundledHolidays.bundled.map((y) => y.year)
    for (const y of [2023, 2024, 2025, 2026]) assert.ok(years.includes(y), String(y))
  })
})
