import assert from 'node:assert/strict'
import { createCipheriv, createDecipheriv } from 'node:crypto'
import { describe, it } from 'node:test'
import { aesKeyOf, decryptPush, encryptPush } from '../../src/push/cipher.ts'

const ENCODING_AES_KEY = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG'
const APPID = 'wx0123456789abcdef'

/**
 * An independent encryption straight from WeChat's 消息加解密 · 技术方案: AESKey = Base64_Decode(
 * EncodingAESKey + "="); AES-256-CBC, IV = AESKey[0..16); PKCS#7 to a multiple of 32 bytes;
 * plaintext = random(16B) + msg_len(4B, network order) + msg + AppID.
 */
function documentedEncrypt(msg: string, appId: string, random16: Buffer): string {
  const key = Buffer.from(`${ENCODING_AES_KEY}=`, 'base64')
  const m = Buffer.from(msg)
  const len = Buffer.from([m.length >>> 24, (m.length >>> 16) & 255, (m.length >>> 8) & 255, m.length & 255])
  const plain = Buffer.concat([random16, len, m, Buffer.from(appId)])
  const k = 32 - (plain.length % 32)
  const c = createCipheriv('aes-256-cbc', key, key.subarray(0, 16))
  c.setAutoPadding(false)
  return Buffer.concat([c.update(Buffer.concat([plain, Buffer.alloc(k, k)])), c.final()]).toString('base64')
}

describe('safe-mode (安全模式) message decryption', () => {
  it('derives the 32-byte AESKey from the 43-character EncodingAESKey plus "="', () => {
    assert.equal(aesKeyOf(ENCODING_AES_KEY).length, 32)
    assert.deepEqual(aesKeyOf(ENCODING_AES_KEY), Buffer.from(`${ENCODING_AES_KEY}=`, 'base64'))
  })

  it('decrypts a message encrypted by the documented algorithm, Chinese and a 64-bit MsgID intact', () => {
    const msg = '{"Event":"subscribe_msg_sent_event","List":{"MsgID":1700827132819554304,"ErrorStatus":"成功"}}'
    const encrypt = documentedEncrypt(msg, APPID, Buffer.alloc(16, 7))
    assert.deepEqual(decryptPush(encrypt, ENCODING_AES_KEY, APPID), { ok: true, message: msg })
  })

  it('pads a plaintext that is already a multiple of 32 bytes with a whole block of 32s', () => {
    const msg = 'x'.repeat(64 - 16 - 4 - APPID.length) // 16 + 4 + msg + AppID = 64
    const encrypt = encryptPush(msg, ENCODING_AES_KEY, APPID, Buffer.alloc(16))
    assert.equal(Buffer.from(encrypt, 'base64').length, 96)
    const key = aesKeyOf(ENCODING_AES_KEY)
    const d = createDecipheriv('aes-256-cbc', key, key.subarray(0, 16)).setAutoPadding(false)
    const plain = Buffer.concat([d.update(Buffer.from(encrypt, 'base64')), d.final()])
    assert.deepEqual([...plain.subarray(64)], Array(32).fill(32))
    assert.deepEqual(decryptPush(encrypt, ENCODING_AES_KEY, APPID), { ok: true, message: msg })
  })

  it('encrypts so that the documented decryption reads it back (the stand-in and the tests rely on this)', () => {
    const encrypt = encryptPush('你好', ENCODING_AES_KEY, APPID, Buffer.alloc(16, 1))
    assert.equal(encrypt, documentedEncrypt('你好', APPID, Buffer.alloc(16, 1)))
  })

  it("refuses a message whose AppID is another mini-program's", () => {
    const encrypt = documentedEncrypt('{}', 'wxffffffffffffffff', Buffer.alloc(16))
    assert.deepEqual(decryptPush(encrypt, ENCODING_AES_KEY, APPID), { ok: false, reason: "the AppID inside is not this mini-program's" })
  })

  it('refuses a message encrypted with another EncodingAESKey, a truncated one and one that is not base64 of whole blocks', () => {
    const other = encryptPush('{}', 'ZYXWVUTSRQPONMLKJIHGFEDCBA9876543210zyxwvut', APPID)
    assert.equal(decryptPush(other, ENCODING_AES_KEY, APPID).ok, false)
    const good = encryptPush('{"a":1}', ENCODING_AES_KEY, APPID)
    assert.equal(decryptPush(good.slice(0, 20), ENCODING_AES_KEY, APPID).ok, false)
    assert.equal(decryptPush('', ENCODING_AES_KEY, APPID).ok, false)
  })
})
