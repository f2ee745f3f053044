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

  it('classifies 45009 as a wait for the quota and -1, 45011 and HTTP 429 as a wait for a busy WeChat', () => {
    assert.deepEqual(ok({ errcode: 45009, errmsg: 'reach max api daily quota limit' }), { kind: 'wait', reason: 'quota', errcode: 45009, errmsg: 'reach max api daily quota limit' })
    for (const errcode of [-1, 45011]) assert.deepEqual(ok({ errcode, errmsg: 'x' }), { kind: 'wait', reason: 'busy', errcode, errmsg: 'x' })
    assert.equal(ok('slow down', 429).kind, 'wait')
  })

  it('classifies a still-stale token after the one retry as retryable: WeChat did not act on it', () => {
    for (const errcode of [40001, 42001, 40014]) assert.equal(ok({ errcode, errmsg: 'x' }).kind, 'retryable', String(errcode))
  })

  it('classifies HTTP 500 and 502 as in doubt whatever the body: the handler behind may have sent it', () => {
    for (const status of [500, 502, 504]) assert.equal(ok('<html>', status).kind, 'in_doubt', String(status))
  })

  it('classifies an HTTP 404 without WeChat JSON as rejected, carrying the status', () => {
    assert.deepEqual(ok('not found', 404), { kind: 'rejected', errcode: 404, errmsg: 'HTTP 404: HTTP 404' })
  })

  it('classifies a 200 with no errcode as in doubt rather than as sent or as a plain retry', () => {
    assert.equal(ok('<html>gateway</html>').kind, 'in_doubt')
  })

  const golden: [string, Parameters<typeof classifySendResult>[0], string][] = [
    ['a timeout after the request was written', { kind: 'timeout', timeoutMs: 10_000, sent: true }, 'in_doubt'],
    ['a connection closed mid-response', { kind: 'network', message: 'connection closed mid-response', sent: true }, 'in_doubt'],
    ['socket hang up on a written request', { kind: 'network', message: 'socket hang up', sent: true }, 'in_doubt'],
    ['a connect timeout', { kind: 'timeout', timeoutMs: 10_000, sent: false }, 'retryable'],
    ['ECONNREFUSED', { kind: 'network', message: 'connect ECONNREFUSED 127.0.0.1:1', sent: false }, 'retryable'],
    ['a DNS failure', { kind: 'network', message: 'getaddrinfo ENOTFOUND api.weixin.qq.com', sent: false }, 'retryable'],
  ]
  for (const [what, raw, kind] of golden) {
    it(`classifies ${what} as ${kind}`, () => assert.equal(classifySendResult(raw).kind, kind))
  }
})
