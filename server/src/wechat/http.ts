/**
 * One HTTP attempt with a deadline. Never retries and never interprets errcodes:
 * classification is the caller's business (co-wechat-api's lesson: no retry inside request()).
 */
import { parseJsonKeepingBigIntegers } from './bigJson.ts'

/**
 * `sent`: the whole request left this machine, so WeChat may have acted on it even though no
 * answer came back (a send is then in doubt, never blindly repeated). False when it provably did
 * not leave: refused connection, DNS failure, connect timeout, a body not yet written.
 * `staleSocket`: a reused keep-alive connection failed before any answer (the far side had closed
 * it while idle); idempotent reads retry once.
 */
export type HttpResult =
  | { kind: 'response'; status: number; contentType: string; bytes: Uint8Array }
  | { kind: 'timeout'; timeoutMs: number; sent: boolean }
  | { kind: 'network'; message: string; sent: boolean; staleSocket?: boolean }

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
      // fetch does not say whether the request was written: only a failure to connect proves it was not.
      if (controller.signal.aborted) return { kind: 'timeout', timeoutMs, sent: true }
      return { kind: 'network', message: describeError(err), sent: !notConnected(err) }
    } finally {
      clearTimeout(timer)
    }
  }
}

/**
 * For idempotent reads (stable_token, jscode2session): a reused keep-alive socket that the far side
 * had already closed fails with "socket hang up" before any answer; one more try on a fresh socket.
 * Never for a send: there the failure leaves the outcome in doubt.
 */
export function retryStaleSocketOnce(transport: HttpTransport): HttpTransport {
  return async (url, init, timeoutMs) => {
    const r = await transport(url, init, timeoutMs)
    return r.kind === 'network' && r.staleSocket ? transport(url, init, timeoutMs) : r
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

/** Errors that mean no connection was made, so nothing reached the far side. */
const NOT_CONNECTED = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH', 'EADDRNOTAVAIL'])

export function notConnected(err: unknown): boolean {
  const code = (e: unknown) => (e as { code?: unknown } | null)?.code
  return NOT_CONNECTED.has(String(code(err))) || NOT_CONNECTED.has(String(code((err as { cause?: unknown } | null)?.cause)))
}

export function describeError(err: unknown): string {
  if (err instanceof Error) {
    const cause = (err as { cause?: unknown }).cause
    return cause instanceof Error ? `${err.message}: ${cause.message}` : err.message
  }
  return String(err)
}
