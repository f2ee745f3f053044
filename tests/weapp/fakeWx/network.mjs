/**
 * wx.request and wx.login.
 *
 * The build talks to the origin it was built with (TARO_APP_API_BASE); `hosts` maps that origin to
 * the real local reminder service, the way the MP console's 服务器域名 list names the domains a
 * phone may reach. Any other origin fails with WeChat's "url not in domain list". wx.login asks
 * the local WeChat stand-in for a code (POST /__fake/login), so the service's jscode2session works.
 */
import { wxFail } from './apiKit.mjs'

function queryString(data) {
  if (!data || typeof data !== 'object') return data === undefined || data === null ? '' : String(data)
  return Object.entries(data).map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(typeof v === 'object' ? JSON.stringify(v) : String(v))}`).join('&')
}

function headerOf(header) {
  const out = {}
  for (const [k, v] of Object.entries(header ?? {})) out[k.toLowerCase()] = String(v)
  if (!out['content-type']) out['content-type'] = 'application/json'
  return out
}

/**
 * @param {object} o
 * @param {Record<string, string>} o.hosts  origin the build uses → real base URL
 * @param {string | undefined} o.standIn    the local WeChat stand-in, for login and subscribe credits
 * @param {string} o.openid                 who this phone's WeChat user is
 */
export function createNetwork(kit, { hosts, standIn, openid }) {
  const standInPost = async (path, body) => {
    const res = await fetch(`${standIn}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
    if (!res.ok) throw new Error(`stand-in ${path} answered ${res.status}: ${await res.text()}`)
    return res.json()
  }
  let codes = 0

  async function request(options, call) {
    const method = String(options.method ?? 'GET').toUpperCase()
    let url
    try { url = new URL(String(options.url)) } catch { throw wxFail('request', `invalid url "${options.url}"`) }
    const target = hosts[url.origin]
    if (url.protocol !== 'https:' || !target) throw wxFail('request', 'url not in domain list')
    const header = headerOf(options.header)
    let body
    let query = url.search
    if (method === 'GET' || method === 'HEAD') {
      const extra = queryString(options.data)
      if (extra) query = query ? `${query}&${extra}` : `?${extra}`
    } else if (options.data !== undefined) {
      body = typeof options.data === 'string' ? options.data
        : header['content-type'].includes('x-www-form-urlencoded') ? queryString(options.data) : JSON.stringify(options.data)
    }
    const controller = new AbortController()
    call.abort = () => controller.abort(new Error('abort'))
    const timer = setTimeout(() => controller.abort(new Error('timeout')), options.timeout ?? 60_000)
    try {
      const res = await fetch(`${target.replace(/\/+$/, '')}${url.pathname}${query}`, { method, headers: header, body, signal: controller.signal })
      const text = await res.text()
      let data = text
      if ((options.dataType ?? 'json') === 'json') { try { data = JSON.parse(text) } catch { /* WeChat hands over the text */ } }
      call.status = res.status
      return { data, statusCode: res.status, header: Object.fromEntries(res.headers), cookies: [] }
    } catch (err) {
      const reason = controller.signal.aborted ? String(controller.signal.reason?.message ?? 'abort') : `errcode:-101 ${err.cause?.code ?? err.message}`
      throw wxFail('request', reason)
    } finally {
      clearTimeout(timer)
    }
  }

  return {
    /** Credits the stand-in's account, as WeChat's servers do when the person taps 允许. */
    creditSubscriptions: (templateIds) => (standIn && templateIds.length > 0 ? standInPost('/__fake/subscribe', { openid, templateIds }) : Promise.resolve()),
    apis: {
      request: (options = {}) => {
        let call
        const task = { abort: () => call?.abort?.(), onHeadersReceived() {}, offHeadersReceived() {}, onChunkReceived() {}, offChunkReceived() {} }
        const api = kit.asyncApi('request', (opts, c) => { call = c; return request(opts, c) }, { returns: () => task })
        return api(options)
      },
      login: kit.asyncApi('login', async () => {
        if (!standIn) return { code: `code-${++codes}` }
        const { code } = await standInPost('/__fake/login', { openid })
        return { code }
      }),
      checkSession: kit.asyncApi('checkSession', () => ({}))
    }
  }
}
