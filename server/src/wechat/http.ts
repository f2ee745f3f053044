/**
 * One HTTP attempt with a deadline. Never retries and never interprets errcodes:
 * classification is the caller's business (co-wechat-api's lesson: no retry inside request()).
 */
import { parseJsonKeepingBigIntegers } from './bigJson.ts'

export type HttpResult =
  | { kind: 'response'; status: number; contentType: string; bytes: Uint8Array }
  | { kind: 'timeout'; timeoutMs: number }
  | { kind: 'network'; message: string }

export interface HttpInit { method: 'GET' | 'POST'; json?: unknown }
/** Performs one request; must resolve (never reject) and must give up after `timeoutMs`, body included. */
export type HttpTransport = (url: string, init: HttpInit, timeoutMs: number) => Promise<HttpResult>

/** A transport over a fetch implementation (used when the caller injects `fetch`). */
export function fetchTransport(fetchImpl: typeof fetch): HttpTransport {
  return async (url, init, timeoutMs) => {
    const controller = new AbortController()
    const timer = setTimeout(() => controller.abort(), timeoutMs)
    try {
      const res = await fetchImpl(url, {
        method: init.method,
        headers: init.json === undefined ? undefined : { 'content-type': 'application/json' },
        body: init.json === undefined ? undefined : JSON.stringify(init.json),
        signal: controller.signal,
      })
      // The deadline covers the body too: a server that sends headers and then stalls is a timeout.
      const bytes = new Uint8Array(await res.arrayBuffer())
      return { kind: 'response', status: res.status, contentType: res.headers.get('content-type') ?? '', bytes }
    } catch (err) {
      if (controller.signal.aborted) return { kind: 'timeout', timeoutMs }
      return { kind: 'network', message: describeError(err) }
    } finally {
      clearTimeout(timer)
    }
  }
}

/**
 * WeChat's JSON, whatever Content-Type it came with (jscode2session errors are text/plain), with
 * 64-bit ids (msgid) kept exact as strings.
 */
export function parseJsonBody(bytes: Uint8Array): unknown {
  const text = new TextDecoder().decode(bytes)
  try {
    return parseJsonKeepingBigIntegers(text)
  } catch {
    return text.slice(0, 200)
  }
}

export function describeError(err: unknown): string {
  if (err instanceof Error) {
    const cause = (err as { cause?: unknown }).cause
    return cause instanceof Error ? `${err.message}: ${cause.message}` : err.message
  }
  return String(err)
}
