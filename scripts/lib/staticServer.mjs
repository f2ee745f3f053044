import { createServer, request as httpRequest } from 'node:http'
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

/** 把以 prefix 开头的请求原样转发到 target（去掉 prefix），浏览器版因此与服务同源，无需 CORS。 */
function proxy(req, res, prefix, target) {
  const url = new URL(req.url.slice(prefix.length - 1), target)
  const upstream = httpRequest(url, { method: req.method, headers: { ...req.headers, host: url.host } }, (up) => {
    res.writeHead(up.statusCode ?? 502, up.headers)
    up.pipe(res)
  })
  upstream.on('error', () => { if (!res.headersSent) res.writeHead(502); res.end() })
  req.pipe(upstream)
}

/**
 * 把一个目录（H5 构建产物）以静态文件方式服务在 127.0.0.1 上。
 * 只读、不列目录、拒绝跳出根目录的路径。proxies: { '/api/': 'http://127.0.0.1:4000' }。
 * 返回 { url, close }。
 */
export async function serveStatic(rootDir, { port = 0, host = '127.0.0.1', proxies = {} } = {}) {
  const root = resolve(rootDir)
  const server = createServer(async (req, res) => {
    const prefix = Object.keys(proxies).find((p) => req.url?.startsWith(p))
    if (prefix) { proxy(req, res, prefix, proxies[prefix]); return }
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
  // 端口被占用等错误要交给调用方（npm start 据此说出怎么换端口），而不是变成未处理的 error 事件。
  await new Promise((ok, fail) => {
    server.once('error', fail)
    server.listen(port, host, () => { server.off('error', fail); ok() })
  })
  const address = server.address()
  return {
    url: `http://${host}:${address.port}/`,
    close: () => new Promise((ok) => server.close(() => ok()))
  }
}
