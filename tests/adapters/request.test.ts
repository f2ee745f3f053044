import { apiBase, apiRequest, requestJson, setTransportForTests, type RawRequest } from '@/adapters/request'

const seen: RawRequest[] = []
function answer(statusCode: number, data: unknown) {
  setTransportForTests(async (req) => { seen.push(req); return { statusCode, data } })
}

afterEach(() => {
  seen.length = 0
  setTransportForTests(null)
  delete process.env.TARO_APP_API_BASE
  process.env.TARO_ENV = 'h5'
})

describe('requestJson', () => {
  test('sends JSON with the bearer token and parses a JSON text answer', async () => {
    answer(201, '{"token":"t","expiresAt":1}')
    const res = await requestJson('/api', 'POST', '/v1/session', { body: { code: 'c' }, token: 'abc' })
    expect(res).toEqual({ ok: true, status: 201, data: { token: 't', expiresAt: 1 } })
    expect(seen[0]).toMatchObject({
      url: '/api/v1/session', method: 'POST', data: { code: 'c' }, timeout: 10_000,
      header: { 'content-type': 'application/json', authorization: 'Bearer abc' },
    })
  })

  test('treats an empty 204 answer as success without data', async () => {
    answer(204, '')
    expect(await requestJson('/api', 'DELETE', '/v1/me')).toEqual({ ok: true, status: 204, data: undefined })
  })

  test('sends {} on a DELETE, because the mini-program always declares a JSON body', async () => {
    answer(200, '{}')
    await requestJson('/api', 'DELETE', '/v1/reminders/k')
    await requestJson('/api', 'GET', '/v1/reminders')
    expect(seen.map((r) => [r.method, r.data, r.header['content-type']])).toEqual([['DELETE', {}, 'application/json'], ['GET', undefined, undefined]])
  })

  test('maps 401, other 4xx with the server code, and 5xx with an HTML page to failure values', async () => {
    answer(401, { error: { code: 'unauthorized' } })
    expect(await requestJson('/api', 'GET', '/v1/reminders')).toEqual({ ok: false, code: 'unauthorized', status: 401, serverCode: 'unauthorized' })
    answer(422, '{"error":{"code":"event_in_past","message":"eventAt is already over"}}')
    expect(await requestJson('/api', 'PUT', '/v1/reminders/k', { body: {} })).toEqual({ ok: false, code: 'rejected', status: 422, serverCode: 'event_in_past' })
    answer(502, '<html>Bad Gateway</html>')
    expect(await requestJson('/api', 'GET', '/v1/credits')).toEqual({ ok: false, code: 'server', status: 502 })
  })

  test('turns a rejected platform call into network or timeout values instead of throwing', async () => {
    setTransportForTests(() => Promise.reject({ errMsg: 'request:fail timeout' }))
    expect(await requestJson('/api', 'GET', '/v1/x')).toEqual({ ok: false, code: 'timeout' })
    setTransportForTests(() => Promise.reject(new Error('request:fail net::ERR_CONNECTION_REFUSED')))
    expect(await requestJson('/api', 'GET', '/v1/x')).toEqual({ ok: false, code: 'network' })
  })
})

describe('apiBase', () => {
  test('uses TARO_APP_API_BASE without a trailing slash when it is set', () => {
    process.env.TARO_APP_API_BASE = 'https://remind.example.cn/'
    expect(apiBase()).toBe('https://remind.example.cn')
  })

  test('falls back to same-origin /api on H5 and refuses to guess in the mini-program', async () => {
    expect(apiBase()).toBe('/api')
    process.env.TARO_ENV = 'weapp'
    expect(apiBase()).toBeUndefined()
    answer(200, '{}')
    expect(await apiRequest('GET', '/v1/templates')).toEqual({ ok: false, code: 'not_configured' })
    expect(seen).toEqual([])
  })
})
