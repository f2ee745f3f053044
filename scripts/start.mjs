// npm start：一条命令在本机跑起全部：
//   1. 构建 H5 版（浏览器里的同一个小程序）；
//   2. 启动模拟微信（stand-in，只在本地使用）和提醒服务（PGlite，数据在 .data/）；
//   3. 在 127.0.0.1 上提供 H5 版，并把 /api/ 与 /wx-fake/ 转发给这两个服务。
// 用法：npm start [-- --port 8080] [-- --no-build] [-- --app-only]
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { serveStatic } from './lib/staticServer.mjs'
import { startLocalServices } from './lib/localServices.mjs'

const args = process.argv.slice(2)
const port = Number(args.includes('--port') ? args[args.indexOf('--port') + 1] : process.env.PORT || 8080)
const skipBuild = args.includes('--no-build') && existsSync('dist-h5/index.html')
const appOnly = args.includes('--app-only')

if (!skipBuild) {
  console.log('正在构建 H5 版（约 40 秒）… building the browser version')
  const build = spawnSync('npx', ['taro', 'build', '--type', 'h5'], { stdio: ['ignore', 'ignore', 'inherit'] })
  if (build.status !== 0) process.exit(build.status ?? 1)
}

let services = null
if (!appOnly) {
  if (!existsSync('server/node_modules')) spawnSync('npm', ['ci', '--prefix', 'server'], { stdio: 'inherit' })
  services = await startLocalServices({ dataDir: '.data/pglite' })
}

const proxies = services ? { '/api/': services.apiUrl, '/wx-fake/': services.fakeUrl } : {}
const site = await serveStatic('dist-h5', { port, proxies })
console.log(`\n应诉助手（浏览器版）已启动 app:        ${site.url}`)
if (services) {
  console.log(`提醒服务 reminder service API docs:   ${services.apiUrl}/docs`)
  console.log(`模拟微信收件箱 fake WeChat inbox:     ${services.fakeUrl}/__fake/inbox`)
}
console.log('按 Ctrl+C 停止 (Ctrl+C to stop).')

const stop = async () => {
  await site.close()
  await services?.close()
  process.exit(0)
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
