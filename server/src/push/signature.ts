/**
 * 消息推送的签名（微信「消息推送 · 服务器配置」与「消息加解密」）：
 * - signature = sha1(字典序排序后拼接的 [Token, timestamp, nonce])：GET 验证和明文模式的 POST；
 * - msg_signature = sha1(字典序排序后拼接的 [Token, timestamp, nonce, Encrypt])：安全模式的 POST。
 * The documented example (Token "AAAAA", timestamp 1714036504, nonce 1514711492) gives
 * f464b24fc39322e44b38aa78f5edd27bd1441696; test/push/signature.test.ts checks exactly that.
 */
import { createHash, timingSafeEqual } from 'node:crypto'

/**
 * sha1 hex of the parts sorted as strings (WeChat's 字典序: plain code-unit order) and joined.
 * @example pushSignature(['AAAAA', '1714036504', '1514711492']) // 'f464b24fc39322e44b38aa78f5edd27bd1441696'
 */
export function pushSignature(parts: readonly string[]): string {
  return createHash('sha1').update([...parts].sort().join('')).digest('hex')
}

/** Constant-time comparison of a received signature with the one we compute. */
export function signatureMatches(received: string | undefined, parts: readonly string[]): boolean {
  if (typeof received !== 'string' || !/^[0-9a-f]{40}$/i.test(received)) return false
  return timingSafeEqual(Buffer.from(received.toLowerCase(), 'hex'), Buffer.from(pushSignature(parts), 'hex'))
}

/**
 * WeChat retries an unanswered push within seconds; an old timestamp is a replay. Plain mode's
 * signature does not cover the body, which is why production should use safe mode (README).
 */
export const PUSH_MAX_AGE_SECONDS = 300

export function timestampIsFresh(timestamp: string | undefined, nowMs: number): boolean {
  if (typeof timestamp !== 'string' || !/^\d{1,12}$/.test(timestamp)) return false
  return Math.abs(nowMs / 1000 - Number(timestamp)) <= PUSH_MAX_AGE_SECONDS
}
