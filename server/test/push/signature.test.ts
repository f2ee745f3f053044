import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { describe, it } from 'node:test'
import { pushSignature, signatureMatches, timestampIsFresh } from '../../src/push/signature.ts'

describe('消息推送 signatures', () => {
  // The two worked examples in WeChat's 消息推送 guide (Token "AAAAA").
  it('gives the GET check signature of the documented example: f464b24f… for timestamp 1714036504, nonce 1514711492', () => {
    assert.equal(pushSignature(['AAAAA', '1714036504', '1514711492']), 'f464b24fc39322e44b38aa78f5edd27bd1441696')
  })

  it('gives the plain-mode POST signature of the documented example: 899cf89e… for timestamp 1714037059, nonce 486452656', () => {
    assert.equal(pushSignature(['AAAAA', '1714037059', '486452656']), '899cf89e464efb63f54ddac96b0a0a235f53aa78')
  })

  it('computes msg_signature over the four parts sorted as strings, Encrypt included', () => {
    const parts = ['AAAAA', '1714037059', '486452656', 'c2FmZS1tb2RlLWNpcGhlcnRleHQ=']
    // By hand from the documented rule: dictionary order, concatenated, sha1 hex.
    const byHand = createHash('sha1').update('1714037059486452656AAAAAc2FmZS1tb2RlLWNpcGhlcnRleHQ=').digest('hex')
    assert.equal(pushSignature(parts), byHand)
    assert.equal(pushSignature([...parts].reverse()), byHand, 'the order they are given in does not matter')
  })

  it('accepts the right signature in either case and refuses a wrong, short or missing one', () => {
    const parts = ['AAAAA', '1714036504', '1514711492']
    assert.equal(signatureMatches('f464b24fc39322e44b38aa78f5edd27bd1441696', parts), true)
    assert.equal(signatureMatches('F464B24FC39322E44B38AA78F5EDD27BD1441696', parts), true)
    assert.equal(signatureMatches('f464b24fc39322e44b38aa78f5edd27bd1441697', parts), false)
    assert.equal(signatureMatches('f464b24f', parts), false)
    assert.equal(signatureMatches(undefined, parts), false)
    assert.equal(signatureMatches('f464b24fc39322e44b38aa78f5edd27bd1441696', ['BBBBB', '1714036504', '1514711492']), false)
  })

  it('takes a timestamp within five minutes of now and refuses an older, a future or a malformed one', () => {
    const now = 1_714_036_504_000
    assert.equal(timestampIsFresh('1714036504', now), true)
    assert.equal(timestampIsFresh('1714036204', now), true)
    assert.equal(timestampIsFresh('1714036203', now), false)
    assert.equal(timestampIsFresh('1714036805', now), false)
    assert.equal(timestampIsFresh('17140365O4', now), false)
    assert.equal(timestampIsFresh(undefined, now), false)
  })
})
