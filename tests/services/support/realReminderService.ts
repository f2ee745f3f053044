/**
 * Starts the real reminder service + WeChat stand-in in a child process (reminderServer.mjs) and
 * gives the app's request adapter a node:http transport that maps the H5 paths onto it:
 * '/api/…' → the service, '/wx-fake/…' → the stand-in (what the local dev server proxies).
 */
import { spawn, type ChildProcess } from 'node:child_process'
import http from 'node:http'
import path from 'node:path'
import type { RawRequest, RawResponse, Transport } from '@/adapters/request'

export interface RealService {
  apiUrl: string
  wechatUrl: string
  stop(): Promise<void>
}

export async function startRealReminderService(clockMs: number): Promise<RealService> {
  const root = path.resolve(__dirname, '../../..')
  // `nice`: booting PGlite costs ~10 CPU-seconds; at lower priority it does not starve the page
  // tests running beside it in other jest workers (their waits are a few seconds).
  const child: ChildProcess = spawn('nice', ['-n', '10', process.execPath, '--import', 'tsx', path.join(__dirname, 'reminderServer.mjs'), String(clockMs)], {
    cwd: root, stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, DATABASE_URL: '' },
  })
  let out = ''
  const urls = await new Promise<{ apiUrl: string; wechatUrl: string }>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      const line = out.split('\n').find((l) => l.startsWith('{'))
      if (line) resolve(JSON.parse(line))
    })
    child.stderr?.on('data', (chunk: Buffer) => { out += chunk.toString() })
    child.on('exit', (code) => reject(new Error(`reminder service exited with ${code}:\n${out}`)))
  })
  return {
    ...urls,
    stop: () => new Promise((resolve) => {
      if (child.exitCode !== null) return resolve()
      child.once('exit', () => resolve())
      child.stdin?.end()
    }),
  }
}

export interface RecordedCall { method: string; url: string; body: unknown; status?: number }

/** A Transport over node:http; failures reject with Taro's `{ errMsg }` shape. Records every call. */
export function nodeTransport(routes: Record<string, string>, calls: RecordedCall[] = []): Transport {
  return (req: RawRequest) => {
    const prefix = Object.keys(routes).find((p) => req.url.startsWith(`${p}/`))
    const target = prefix ? routes[prefix] + req.url.slice(prefix.length) : req.url
    const call: RecordedCall = { method: req.method, url: req.url, body: req.data }
    calls.push(call)
    return new Promise<RawResponse>((resolve, reject) => {
      const body = req.data === undefined ? undefined : JSON.stringify(req.data)
      // An explicit length: node does not frame a DELETE body by default (browsers and wx.request do).
      const headers = body === undefined ? req.header : { ...req.header, 'content-length': String(Buffer.byteLength(body)) }
      const r = http.request(target, { method: req.method, headers, timeout: req.timeout }, (res) => {
        let text = ''
        res.setEncoding('utf8')
        res.on('data', (c: string) => { text += c })
        res.on('end', () => { call.status = res.statusCode; resolve({ statusCode: res.statusCode ?? 0, data: text }) })
      })
      r.on('timeout', () => { r.destroy(); reject({ errMsg: 'request:fail timeout' }) })
      r.on('error', (e) => reject({ errMsg: `request:fail ${e.message}` }))
      r.end(body)
    })
  }
}
