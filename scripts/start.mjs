// npm start：构建 H5 版并在 127.0.0.1 上提供服务，打印地址。
// 用法：npm start [-- --port 8080] [-- --no-build]
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { serveStatic } from './lib/staticServer.mjs'

const args = process.argv.slice(2)
const port = Number(args[args.indexOf('--port') + 1] || process.env.PORT || 8080)
const skipBuild = args.includes('--no-build') && existsSync('dist-h5/index.html')

if (!skipBuild) {
  console.log('正在构建 H5 版（约 40 秒）…')
  const build = spawnSync('npx', ['taro', 'build', '--type', 'h5'], { stdio: ['ignore', 'ignore', 'inherit'] })
  if (build.status !== 0) process.exit(build.status ?? 1)
}

const site = await serveStatic('dist-h5', { port })
console.log(`应诉助手（浏览器版）已启动：${site.url}`)
console.log('按 Ctrl+C 停止。')

const stop = async () => { await site.close(); process.exit(0) }
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
