import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { parseJsonKeepingBigIntegers } from '../src/wechat/bigJson.ts'

describe('parseJsonKeepingBigIntegers', () => {
  it('keeps a 64-bit msgid exact as a string, where JSON.parse would round it', () => {
    const text = '{"errcode":0,"errmsg":"ok","msgid":2944022981100519424}'
    assert.notEqual(String((JSON.parse(text) as { msgid: number }).msgid), '2944022981100519424')
    assert.deepEqual(parseJsonKeepingBigIntegers(text), { errcode: 0, errmsg: 'ok', msgid: '2944022981100519424' })
  })

  it('leaves small integers, decimals, exponents, negatives and digits inside strings alone', () => {
    const text = '{"a":123456789012345,"b":-1,"c":1.5,"d":1e21,"e":"x: 12345678901234567, y","f":[12345678901234567890]}'
    assert.deepEqual(parseJsonKeepingBigIntegers(text), { a: 123456789012345, b: -1, c: 1.5, d: 1e21, e: 'x: 12345678901234567, y', f: ['12345678901234567890'] })
  })

  it('handles escaped quotes inside strings and throws on malformed JSON like JSON.parse', () => {
    assert.deepEqual(parseJsonKeepingBigIntegers('{"s":"a\\"12345678901234567","n":12345678901234567}'), { s: 'a"12345678901234567', n: '12345678901234567' })
    assert.throws(() => parseJsonKeepingBigIntegers('{"a":'), SyntaxError)
  })
})
