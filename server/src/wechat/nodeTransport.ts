/**
 * The default transport: node:http/https with keep-alive agents. Measured on the 2-core dev box
 * against the stand-in, global fetch managed ~870 requests/s and this ~2,700/s at concurrency
 * 200, and the dispatcher's throughput target (concurrency / latency) needs the latter.
 * It tells a request that never left (refused, DNS, connect timeout: `sent: false`) from one that
 * may have reached WeChat (`sent: true`), which a send must then treat as in doubt.
 */
import http from 'node:http'
import https from 'node:https'
import { describeError, type HttpTransport } from './http.ts'

/** A QR code PNG is tens of KB; anything this large is not a WeChat answer. */
const MAX_RESPONSE_BYTES = 8 * 1024 * 1024
/**
 * Idle keep-alive sockets are closed after this long, before the far side closes them: Node's
 * own servers (the stand-in, many proxies) drop idle connections after 5 s, nginx after 60–75 s.
 * A request written into a socket the server is closing fails as "socket hang up".
 */
export const IDLE_SOCKET_MS = 4000

export function nodeTransport(): HttpTransport {
  const agents = {
    'http:': retireIdleSockets(new http.Agent({ keepAlive: true, maxFreeSockets: 256 })),
    'https:': retireIdleSockets(new https.Agent({ keepAlive: true, maxFreeSockets: 256 })),
  }
  return (url, init, timeoutMs) => new Promise((resolve) => {
    const target = new URL(url)
    const lib = target.protocol === 'https:' ? https : http
    const agent = target.protocol === 'https:' ? agents['https:'] : agents['http:']
    const body = init.json === undefined ? undefined : Buffer.from(JSON.stringify(init.json))
    let settled = false
    /** The whole request was handed to the kernel: from here on the far side may act on it. */
    let written = false
    let answered = false
    const finish = (r: Parameters<typeof resolve>[0]): void => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      resolve(r)
    }
    const req = lib.request(target, {
      method: init.method, agent,
      headers: body === undefined ? {} : { 'content-type': 'application/json', 'content-length': body.length },
    }, (res) => {
      answered = true
      const chunks: Buffer[] = []
      let size = 0
      res.on('data', (c: Buffer) => {
        size += c.length
        if (size > MAX_RESPONSE_BYTES) req.destroy(new Error('response too large'))
        else chunks.push(c)
      })
      res.on('end', () => finish({
        kind: 'response', status: res.statusCode ?? 0,
        contentType: String(res.headers['content-type'] ?? ''), bytes: new Uint8Array(Buffer.concat(chunks)),
      }))
      res.on('error', (e) => finish({ kind: 'network', message: describeError(e), sent: true }))
      // 'end' comes before 'close' on a complete body, so this only catches a cut-off answer.
      res.on('close', () => { if (!res.complete) finish({ kind: 'network', message: 'connection closed mid-response', sent: true }) })
    })
    // 'finish' alone is not enough: a request is "finished" into the buffer of a socket still connecting.
    let connected = false
    let finished = false
    req.on('socket', (socket) => {
      if (!socket.connecting) connected = true
      else socket.once('connect', () => { connected = true; written = finished })
    })
    req.on('finish', () => { finished = true; written = connected })
    // The deadline covers connect, headers and body: a server that stalls anywhere is a timeout.
    const timer = setTimeout(() => {
      finish({ kind: 'timeout', timeoutMs, sent: written })
      req.destroy()
    }, timeoutMs)
    req.on('error', (e) => finish({
      kind: 'network', message: describeError(e), sent: written,
      ...(written && !answered && req.reusedSocket ? { staleSocket: true } : {}),
    }))
    req.end(body)
  })
}

const IDLE_SINCE = Symbol('idleSince')
type TimedSocket = { [IDLE_SINCE]?: number; destroy(): void }

/**
 * Destroys free sockets idle for IDLE_SOCKET_MS, checked once a second. (The agent's own `timeout`
 * option does the same but re-arms a timer on every request, which cost a third of the throughput.)
 */
function retireIdleSockets<A extends http.Agent>(agent: A): A {
  agent.on('free', (socket: TimedSocket) => { socket[IDLE_SINCE] = Date.now() })
  setInterval(() => {
    const now = Date.now()
    for (const list of Object.values(agent.freeSockets)) {
      for (const s of (list ?? []) as unknown as TimedSocket[]) {
        if (now - (s[IDLE_SINCE] ?? now) >= IDLE_SOCKET_MS) s.destroy()
      }
    }
  }, 1000).unref()
  return agent
}
