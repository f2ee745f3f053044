/**
 * startFakeWechat: a local stand-in for api.weixin.qq.com on 127.0.0.1, plain node:http so it
 * has no dependencies. Latency and hangs are timers, never busy waits, so one process can
 * serve a 100,000-send benchmark at 50 ms latency and concurrency 200.
 * Tests, benchmarks and local runs only: production code never imports this folder.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { controlRoutes } from './controlRoutes.ts'
import { FakeWechatState } from './state.ts'
import { json, wechatRoutes, type FakeReply, type FakeRequest } from './wechatRoutes.ts'

export interface FakeWechatOptions {
  port?: number; host?: string; latencyMs?: number; tokenTtlSeconds?: number
  appId?: string; secret?: string; seed?: number
}
export interface FakeWechat { url: string; close(): Promise<void>; state: FakeWechatState }

export const FAKE_APPID = 'wxfake0000000000'
export const FAKE_SECRET = 'fake-secret-0000000000000000000'
const MAX_BODY = 1_000_000

export async function startFakeWechat(opts: FakeWechatOptions = {}): Promise<FakeWechat> {
  const state = new FakeWechatState({
    appId: opts.appId ?? FAKE_APPID, secret: opts.secret ?? FAKE_SECRET,
    tokenTtlSeconds: opts.tokenTtlSeconds ?? 7200, latencyMs: opts.latencyMs ?? 0, seed: opts.seed ?? 1,
  })
  const server = createServer((req, res) => {
    handle(state, req, res).catch((e: unknown) => {
      if (!res.headersSent) send(res, json({ error: String(e) }, 500))
    })
  })
  server.keepAliveTimeout = 30_000
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', () => resolve())
  })
  const { port } = server.address() as AddressInfo
  return {
    url: `http://${opts.host ?? '127.0.0.1'}:${port}`,
    state,
    close: () => new Promise<void>((resolve) => {
      server.close(() => resolve())
      server.closeAllConnections() // hung requests would otherwise keep close() waiting forever
    }),
  }
}

async function handle(state: FakeWechatState, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://fake')
  const raw = await readBody(req)
  if (raw === undefined) return send(res, json({ errcode: 44002, errmsg: 'body too large' }, 413))
  let body: unknown = {}
  let bodyError: string | undefined
  if (raw.length > 0) {
    try { body = JSON.parse(raw) } catch { bodyError = 'invalid JSON' }
  }
  const request: FakeRequest = { path: url.pathname, query: url.searchParams, body: body ?? {}, bodyError }

  const control = controlRoutes[`${req.method} ${url.pathname}`]
  if (control) {
    if (bodyError) return send(res, json({ error: 'invalid JSON body' }, 400))
    return send(res, control(state, request, (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>))
  }
  const route = wechatRoutes[url.pathname]
  if (!route) return send(res, json({ errcode: 404, errmsg: `no such endpoint ${url.pathname}` }, 404))

  // Read the fault plan before waiting, so a later /__fake/faults call cannot change an in-flight request.
  const f = state.faults
  const faultable = f.paths.includes(url.pathname)
  const draw = faultable && (f.busy || f.quota || f.http500 || f.hang || f.late || f.drop) ? state.random() : 1
  if (f.latencyMs > 0) await sleep(f.latencyMs)
  let edge = f.hang
  if (draw < edge) { state.stats.faultsInjected++; return } // never answer; close() or the client's abort ends it
  if (draw < (edge += f.late)) {
    // WeChat acted (delivered, spent the credit) and its answer comes after the client gave up.
    state.stats.faultsInjected++
    const reply = route(state, request)
    await sleep(f.lateAnswerMs)
    return send(res, reply)
  }
  if (draw < (edge += f.drop)) {
    state.stats.faultsInjected++
    const reply = route(state, request)
    res.socket?.destroy()
    reply.after?.()
    return
  }
  if (draw < (edge += f.http500)) { state.stats.faultsInjected++; return send(res, { status: 500, contentType: 'text/html', body: '<html><body>500 Internal Server Error</body></html>' }) }
  if (draw < (edge += f.busy)) { state.stats.faultsInjected++; return send(res, json({ errcode: -1, errmsg: 'system error' })) }
  if (draw < (edge += f.quota)) { state.stats.faultsInjected++; return send(res, json({ errcode: 45009, errmsg: 'reach max api daily quota limit' })) }
  send(res, route(state, request))
}

function readBody(req: IncomingMessage): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (c: Buffer) => {
      size += c.length
      if (size <= MAX_BODY) chunks.push(c)
    })
    req.on('end', () => resolve(size > MAX_BODY ? undefined : Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

function send(res: ServerResponse, r: FakeReply): void {
  if (res.destroyed) { r.after?.(); return } // the client gave up (timeout) while we were "busy"; it was delivered anyway
  res.writeHead(r.status, { 'content-type': r.contentType, 'content-length': Buffer.byteLength(r.body) })
  res.end(r.body, () => r.after?.())
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))
