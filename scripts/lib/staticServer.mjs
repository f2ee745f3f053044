import { createServer } from 'node:http'
import { readFile, stat } from 'node:fs/promises'
import { extname, join, normalize, resolve } from 'node:path'

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon'
}

/**
 * 把一个目录（H5 构建产物）以静态文件方式服务在 127.0.0.1 上。
 * 只读、不列目录、拒绝跳出根目录的路径。返回 { url, close }。
 */
export async function serveStatic(rootDir, { port = 0, host = '127.0.0.1' } = {}) {
  const root = resolve(rootDir)
  const server = createServer(async (req, res) => {
    try {
      const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
      const target = normalize(join(root, pathname === '/' ? 'index.html' : pathname))
      if (!target.startsWith(root)) { res.writeHead(403).end(); return }
      const info = await stat(target).catch(() => null)
      const file = info?.isFile() ? target : join(root, 'index.html')
      const body = await readFile(file)
      res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' })
      res.end(body)
    } catch {
      res.writeHead(500).end()
    }
  })
  await new Promise((ok) => server.listen(port, host, ok))
  const address = server.address()
  return {
    url: `http://${host}:${address.port}/`,
    close: () => new Promise((ok) => server.close(() => ok()))
  }
}
