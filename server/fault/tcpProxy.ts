/**
 * A TCP proxy in front of PostgreSQL that a test can cut and resume: `cut()` drops every open
 * connection (the server side sees them vanish, the client gets "Connection terminated
 * unexpectedly") and refuses new ones by closing them at once, until `resume()`.
 */
import net from 'node:net'

export interface TcpProxy { port: number; cut(): void; resume(): void; close(): Promise<void>; cuts: number }

export async function startTcpProxy(targetHost: string, targetPort: number): Promise<TcpProxy> {
  const open = new Set<net.Socket>()
  let down = false
  const server = net.createServer((client) => {
    if (down) { client.destroy(); return }
    const upstream = net.connect(targetPort, targetHost)
    open.add(client)
    open.add(upstream)
    const drop = () => { client.destroy(); upstream.destroy(); open.delete(client); open.delete(upstream) }
    client.on('error', drop).on('close', drop)
    upstream.on('error', drop).on('close', drop)
    client.pipe(upstream)
    upstream.pipe(client)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const proxy: TcpProxy = {
    port: (server.address() as net.AddressInfo).port,
    cuts: 0,
    cut() {
      down = true
      proxy.cuts++
      for (const s of open) s.destroy()
      open.clear()
    },
    resume() { down = false },
    close: () => new Promise<void>((resolve) => {
      for (const s of open) s.destroy()
      server.close(() => resolve())
    }),
  }
  return proxy
}

/** The same PostgreSQL URL, through the proxy. */
export function viaProxy(url: string, proxy: TcpProxy): string {
  const u = new URL(url)
  u.hostname = '127.0.0.1'
  u.port = String(proxy.port)
  return u.toString()
}
