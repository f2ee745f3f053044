import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { classifySendResult } from '../../src/wechat/sendErrors.ts'

const ok = (body: unknown, status = 200) => classifySendResult({ kind: 'response', status, body })

describe('classifySendResult', () => {
  it('classifies errcode 0 as sent and keeps the numeric msgid as a string', () => {
    assert.deepEqual(ok({ errcode: 0, errmsg: 'ok', msgid: 3000000001 }), { kind: 'sent', msgid: '3000000001' })
  })

  it('classifies 43101 as needs_consent', () => {
    assert.deepEqual(ok({ errcode: 43101, errmsg: 'user refuse to accept the msg' }), { kind: 'needs_consent', errcode: 43101, errmsg: 'user refuse to accept the msg' })
  })

  it('classifies 47003, 40003, 40037, 41030 and an unlisted code as rejected', () => {
    for (const errcode of [47003, 40003, 40037, 41030, 48001]) assert.equal(ok({ errcode, errmsg: 'x' }).kind, 'rejected', String(errcode))
  })

  it('classifies -1, 45009 and a still-stale token after the one retry as retryable', () => {
    for (const errcode of [-1, 45009, 40001, 42001, 40014]) assert.equal(ok({ errcode, errmsg: 'x' }).kind, 'retryable', String(errcode))
  })

  it('classifies HTTP 500, 502 and 429 as retryable whatever the body', () => {
    for (const status of [500, 502, 429]) assert.equal(ok('<html>', status).kind, 'retryable', String(status))
  })

  it('classifies an HTTP 404 without WeChat JSON as rejected, carrying the status', () => {
    assert.deepEqual(ok('not found', 404), { kind: 'rejected', errcode: 404, errmsg: 'HTTP 404: HTTP 404' })
  })

  it('classifies a 200 with no errcode as retryable rather than as sent', () => {
    assert.equal(ok('<html>gateway</html>').kind, 'retryable')
  })

  it('classifies timeouts and network errors as retryable', () => {
    assert.equal(classifySendResult({ kind: 'timeout', timeoutMs: 5000 }).kind, 'retryable')
    assert.equal(classifySendResult({ kind: 'network', message: 'ECONNREFUSED' }).kind, 'retryable')
  })
})
