/**
 * 安全模式的消息体加解密（微信「消息加解密 · 技术方案」）：
 * AESKey = Base64_Decode(EncodingAESKey + "=")（32 字节）；AES-256-CBC，IV 取 AESKey 前 16 字节；
 * 数据按 PKCS#7 填充到 32 字节的整数倍；明文 = random(16B) + msg_len(4B，网络字节序) + msg + AppID；
 * 密文 Encrypt = Base64_Encode(AES_Encrypt(明文))。
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'

/** WeChat pads to a multiple of K = 32 bytes (not AES's 16-byte block), so padding is done by hand. */
const PAD_BLOCK = 32

/** AESKey from the 43-character EncodingAESKey. */
export function aesKeyOf(encodingAesKey: string): Buffer {
  const key = Buffer.from(`${encodingAesKey}=`, 'base64')
  if (key.length !== 32) throw new Error('EncodingAESKey must decode to 32 bytes')
  return key
}

export type Decrypted = { ok: true; message: string } | { ok: false; reason: string }

/** Decrypts `Encrypt` and checks that the AppID inside is ours. Never throws. */
export function decryptPush(encrypt: string, encodingAesKey: string, appId: string): Decrypted {
  const key = aesKeyOf(encodingAesKey)
  let plain: Buffer
  try {
    const data = Buffer.from(encrypt, 'base64')
    if (data.length === 0 || data.length % PAD_BLOCK !== 0) return { ok: false, reason: 'ciphertext is not a multiple of 32 bytes' }
    const decipher = createDecipheriv('aes-256-cbc', key, key.subarray(0, 16)).setAutoPadding(false)
    plain = Buffer.concat([decipher.update(data), decipher.final()])
  } catch {
    return { ok: false, reason: 'ciphertext does not decrypt' }
  }
  const pad = plain[plain.length - 1]!
  if (pad < 1 || pad > PAD_BLOCK || plain.subarray(plain.length - pad).some((b) => b !== pad)) {
    return { ok: false, reason: 'bad PKCS#7 padding (wrong EncodingAESKey?)' }
  }
  const body = plain.subarray(0, plain.length - pad)
  if (body.length < 20) return { ok: false, reason: 'plaintext too short' }
  const length = body.readUInt32BE(16)
  if (20 + length > body.length) return { ok: false, reason: 'message length exceeds the plaintext' }
  const inside = body.subarray(20 + length).toString('utf8')
  if (inside !== appId) return { ok: false, reason: 'the AppID inside is not this mini-program\'s' }
  return { ok: true, message: body.subarray(20, 20 + length).toString('utf8') }
}

/** The other direction (the local stand-in and the tests build WeChat's pushes with it). */
export function encryptPush(message: string, encodingAesKey: string, appId: string, random16: Buffer = randomBytes(16)): string {
  const key = aesKeyOf(encodingAesKey)
  const msg = Buffer.from(message, 'utf8')
  const length = Buffer.alloc(4)
  length.writeUInt32BE(msg.length, 0)
  const body = Buffer.concat([random16, length, msg, Buffer.from(appId, 'utf8')])
  const pad = PAD_BLOCK - (body.length % PAD_BLOCK)
  const padded = Buffer.concat([body, Buffer.alloc(pad, pad)])
  const cipher = createCipheriv('aes-256-cbc', key, key.subarray(0, 16)).setAutoPadding(false)
  return Buffer.concat([cipher.update(padded), cipher.final()]).toString('base64')
}
