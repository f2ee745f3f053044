/**
 * HTTP 请求：Taro.request 的薄封装（JSON、Bearer 令牌、超时），网络错误变成值而不是异常。
 * Only this file (and the other adapters) touch the platform; services get `ApiResult` values.
 */
import Taro from '@tarojs/taro'

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE'

/** 失败的种类：页面按种类选文案，服务按种类决定是否重新登录。 */
export type RequestFailureCode = 'network' | 'timeout' | 'unauthorized' | 'rejected' | 'server' | 'not_configured'

export type RequestFailure = {
  ok: false
  code: RequestFailureCode
  status?: number
  /** The server's own error code (`{ error: { code } }`), e.g. 'event_in_past'. */
  serverCode?: string
}

export type ApiResult = { ok: true; status: number; data: unknown } | RequestFailure

/** What the platform call needs and returns; tests swap in a node:http transport. */
export interface RawRequest {
  url: string
  method: HttpMethod
  data?: unknown
  header: Record<string, string>
  timeout: number
}
export interface RawResponse {
  statusCode: number
  data: unknown
}
/** Rejects like Taro.request does on a network failure: `{ errMsg: 'request:fail …' }`. */
export type Transport = (req: RawRequest) => Promise<RawResponse>

// dataType 'text': we parse ourselves, because a 204 (DELETE /v1/me) has no JSON to parse and
// Taro's H5 request would turn that into a rejection that looks like a network failure.
const taroTransport: Transport = async (req) => {
  const res = await Taro.request({
    url: req.url, method: req.method, data: req.data as Record<string, unknown> | undefined,
    header: req.header, timeout: req.timeout, dataType: 'text',
  })
  return { statusCode: res.statusCode, data: res.data }
}

let transport: Transport = taroTransport

/** 测试里换成别的传输层；传 null 恢复 Taro.request。 */
export function setTransportForTests(t: Transport | null): void {
  transport = t ?? taroTransport
}

export const DEFAULT_TIMEOUT_MS = 10_000

/**
 * 提醒服务的地址：构建时的 TARO_APP_API_BASE；H5 上缺省为同源 /api（本地开发服务器把 /api/ 转给提醒服务）。
 * 小程序里没有“同源”，缺了就是配置错误。
 */
export function apiBase(): string | undefined {
  const configured = process.env.TARO_APP_API_BASE
  if (configured) return configured.replace(/\/+$/, '')
  return process.env.TARO_ENV === 'h5' ? '/api' : undefined
}

function failureOf(err: unknown): RequestFailure {
  const msg = String((err as { errMsg?: unknown; message?: unknown } | null)?.errMsg ?? (err as Error | null)?.message ?? err)
  return { ok: false, code: /timeout|timed out|abort/i.test(msg) ? 'timeout' : 'network' }
}

function serverCodeOf(data: unknown): string | undefined {
  const code = (data as { error?: { code?: unknown } } | null)?.error?.code
  return typeof code === 'string' ? code : undefined
}

/** 发一个请求到 base + path。2xx → data；401 → unauthorized；其余 4xx → rejected；5xx → server。 */
export async function requestJson(
  base: string | undefined, method: HttpMethod, path: string,
  opts: { body?: unknown; token?: string; timeoutMs?: number } = {},
): Promise<ApiResult> {
  if (!base) return { ok: false, code: 'not_configured' }
  // wx.request sends `content-type: application/json` even without data, and Fastify answers an
  // empty JSON body with 400 (FST_ERR_CTP_EMPTY_JSON_BODY): so a DELETE carries `{}`.
  const body = opts.body ?? (method === 'GET' ? undefined : {})
  const header: Record<string, string> = { accept: 'application/json' }
  if (body !== undefined) header['content-type'] = 'application/json'
  if (opts.token) header.authorization = `Bearer ${opts.token}`
  let res: RawResponse
  try {
    res = await transport({ url: `${base}${path}`, method, data: body, header, timeout: opts.timeoutMs ?? DEFAULT_TIMEOUT_MS })
  } catch (err) {
    return failureOf(err)
  }
  let data = res.data
  if (typeof data === 'string' && data !== '') {
    try { data = JSON.parse(data) } catch { /* a proxy's HTML error page: keep the text */ }
  }
  const status = res.statusCode
  if (status >= 200 && status < 300) return { ok: true, status, data: data === '' ? undefined : data }
  const serverCode = serverCodeOf(data)
  const code: RequestFailureCode = status === 401 ? 'unauthorized' : status >= 500 ? 'server' : 'rejected'
  return { ok: false, code, status, ...(serverCode ? { serverCode } : {}) }
}

/** 提醒服务的 API。 */
export function apiRequest(method: HttpMethod, path: string, opts: { body?: unknown; token?: string; timeoutMs?: number } = {}): Promise<ApiResult> {
  return requestJson(apiBase(), method, path, opts)
}
