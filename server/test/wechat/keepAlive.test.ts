/**
 * A keep-alive socket the far side closes while we reuse it fails as "socket hang up" before any
 * answer. Logins and token fetches are reads, so they try once more on a fresh socket; a send is
 * in doubt (WeChat may have acted), never repeated by the transport.
 */
import assert from 'node:assert/strict'
import { createServer, type Server } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { after, before, describe, it } from 'node:test'
import { createWechatClient } from '../../src/wechat/client.ts'

/** Answers the first request on each connection; hangs up on the second, like a server closing an idle socket. */
function hangUpOnReuse(): Promise<{ server: Server; url: string; requests: () => number }> {
  const perSocket = new WeakMap<Socket, number>()
  let requests = 0
  const server = createServer((req, res) => {
    requests++
    const n = (perSocket.get(req.socket) ?? 0) + 1
    perSocket.set(req.socket, n)
    req.resume()
    req.on('end', () => {
      if (n > 1) { req.socket.destroy(); return }
      const body = req.url?.startsWith('/cgi-bin/stable_token')
        ? { access_token: 'T'.repeat(40), expires_in: 7200 }
        : req.url?.startsWith('/sns/jscode2session') ? { openid: 'oKeepAlive', session_key: 'x' } : { errcode: 0, errmsg: 'ok', msgid: 1 }
      res.writeHead(200, { 'content-type': 'application/json', connection: 'keep-alive' })
      res.end(JSON.stringify(body))
    })
  })
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({
    server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests: () => requests,
  })))
}

describe('keep-alive sockets closed by the far side', () => {
  let s: Awaited<ReturnType<typeof hangUpOnReuse>>
  before(async () => { s = await hangUpOnReuse() })
  after(() => new Promise<void>((r) => { s.server.closeAllConnections(); s.server.close(() => r()) }))

  it('retries a login once on a fresh socket when the reused one hangs up', async () => {
    const client = createWechatClient({ baseUrl: s.url, appId: 'wxkeepalive01', secret: 'secret-000', timeoutMs: 2000 })
    assert.deepEqual(await client.code2Session('c1'), { ok: true, openid: 'oKeepAlive' })
    const before = s.requests()
    assert.deepEqual(await client.code2Session('c2'), { ok: true, openid: 'oKeepAlive' }, 'the hang-up did not reach the caller')
    assert.equal(s.requests() - before, 2, 'one hang-up, one retry')
  })

  it('reports a send on a reused socket that hangs up as in doubt, without sending it again', async () => {
    const client = createWechatClient({ baseUrl: s.url, appId: 'wxkeepalive01', secret: 'secret-000', timeoutMs: 2000 })
    const msg = { touser: 'o1', templateId: 't', data: { thing1: { value: 'x' } } }
    const before = s.requests()
    // The token fetch opens a socket and is answered; the send reuses it, and the server hangs up.
    const outcome = await client.sendSubscribeMessage(msg)
    assert.equal(outcome.kind, 'in_doubt')
    assert.equal(s.requests() - before, 2, 'the token fetch and one send: the send was not repeated')
  })
})
