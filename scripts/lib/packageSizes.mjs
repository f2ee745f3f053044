import { readFile, readdir, stat } from 'node:fs/promises'
import { join, relative, sep } from 'node:path'
import { gzipSync } from 'node:zlib'

async function listFiles(dir) {
  const entries = await readdir(dir, { withFileTypes: true })
  const nested = await Promise.all(entries.map((e) => {
    const full = join(dir, e.name)
    return e.isDirectory() ? listFiles(full) : [full]
  }))
  return nested.flat()
}

/**
 * weapp 构建产物的体积：主包 = 不在任何分包根目录下的文件；
 * 与微信开发者工具的统计口径一致（不含 project.config.json 等工程文件）。
 */
export async function measureWeapp(distDir) {
  const app = JSON.parse(await readFile(join(distDir, 'app.json'), 'utf8'))
  const roots = (app.subPackages ?? app.subpackages ?? []).map((p) => p.root.replace(/\/$/, ''))
  const subpackages = Object.fromEntries(roots.map((r) => [r, 0]))
  let main = 0
  for (const file of await listFiles(distDir)) {
    const rel = relative(distDir, file).split(sep).join('/')
    if (rel === 'project.config.json' || rel === 'project.private.config.json' || rel.endsWith('.LICENSE.txt')) continue
    const size = (await stat(file)).size
    const root = roots.find((r) => rel.startsWith(`${r}/`))
    if (root) subpackages[root] += size
    else main += size
  }
  const total = main + Object.values(subpackages).reduce((a, b) => a + b, 0)
  return { main, subpackages, total }
}

/** H5 首屏 JS：index.html 里直接引用的脚本，原始字节与 gzip 后字节。 */
export async function measureH5FirstLoad(distDir) {
  const html = await readFile(join(distDir, 'index.html'), 'utf8')
  const scripts = [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1].replace(/^\.?\//, ''))
  let raw = 0
  let gzip = 0
  for (const src of scripts) {
    const body = await readFile(join(distDir, src))
    raw += body.length
    gzip += gzipSync(body, { level: 9 }).length
  }
  return { scripts, raw, gzip }
}
