// npm start：一条命令在本机跑起全部，日志一屏看完：
//   1. 构建 H5 版（浏览器里的同一个小程序）；webpack 的进度条和完整输出写进 .data/logs/，屏幕上只留一行；
//   2. 启动模拟微信（stand-in，只在本地使用）和提醒服务（PGlite，数据在 .data/）；
//   3. 在 127.0.0.1 上提供 H5 版，并把 /api/ 与 /wx-fake/ 转发给这两个服务；最后列出每一个地址。
// 用法：npm start [-- --port 8080] [-- --no-build] [-- --app-only] [-- --verbose]；端口也可以用 PORT=8080，
// 提醒服务的数据目录用 DATA_DIR（默认 .data/pglite）。
import { spawn } from 'node:child_process'
import { createWriteStream, existsSync, mkdirSync } from 'node:fs'
import { serveStatic } from './lib/staticServer.mjs'
import { startLocalServices } from './lib/localServices.mjs'
import { parseStartArgs } from './lib/startArgs.mjs'
import { summarizeBuildLog } from './lib/buildLog.mjs'

const options = parseStartArgs(process.argv.slice(2), process.env)
if (!options.ok) {
  console.error(options.message)
  process.exit(2)
}
const { port, build, appOnly, verbose } = options
const LOG_DIR = '.data/logs'
mkdirSync(LOG_DIR, { recursive: true })

/** 跑一个命令，输出进日志文件（--verbose 时也打到屏幕），结束时给出退出码和全部输出。 */
function run(command, args, logFile) {
  return new Promise((resolve) => {
    const log = createWriteStream(logFile)
    let output = ''
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '0' } })
    const onData = (chunk) => {
      output += chunk
      log.write(chunk)
      if (verbose) process.stdout.write(chunk)
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', onData)
    child.on('close', (code) => log.end(() => resolve({ code: code ?? 1, output })))
  })
}

const seconds = (startedAt) => Math.round((Date.now() - startedAt) / 1000)
const step = (text) => process.stdout.write(text)

console.log(`应诉助手 · 本地运行（Node ${process.version}）`)

if (build) {
  const logFile = `${LOG_DIR}/h5-build.log`
  step('① 构建浏览器版（H5，约 1–2 分钟）… ')
  const startedAt = Date.now()
  const result = await run('npx', ['taro', 'build', '--type', 'h5'], logFile)
  const summary = summarizeBuildLog(result.output)
  if (result.code !== 0) {
    console.log('失败 (build failed)')
    for (const line of (summary.errors.length > 0 ? summary.errors : summary.tail).slice(0, 20)) console.log(`   ${line}`)
    console.log(`   完整日志 full log: ${logFile}`)
    process.exit(result.code || 1)
  }
  console.log(`完成，用时 ${seconds(startedAt)} 秒 → dist-h5/`)
  for (const warning of summary.warnings) console.log(`   ⚠ ${warning}（详见 ${logFile}）`)
} else {
  console.log('① 跳过构建，使用现有的 dist-h5/（--no-build）')
}

let services = null
if (!appOnly) {
  if (!existsSync('server/node_modules')) {
    step('   安装提醒服务的依赖（只需一次）… ')
    const installed = await run('npm', ['ci', '--prefix', 'server', '--no-audit', '--no-fund'], `${LOG_DIR}/server-install.log`)
    if (installed.code !== 0) {
      console.log(`失败，见 ${LOG_DIR}/server-install.log`)
      process.exit(installed.code)
    }
    console.log('完成')
  }
  step('② 启动提醒服务和模拟微信… ')
  const dataDir = process.env.DATA_DIR || '.data/pglite'
  services = await startLocalServices({ dataDir })
  console.log(`完成（数据在 ${dataDir}）`)
}

const proxies = services ? { '/api/': services.apiUrl, '/wx-fake/': services.fakeUrl } : {}
let site
try {
  site = await serveStatic('dist-h5', { port, proxies })
} catch (e) {
  if (e?.code !== 'EADDRINUSE') throw e
  console.error(`\n端口 ${port} 已被占用 (port in use)。换一个：npm start -- --port ${port + 1}，或 PORT=${port + 1} npm start`)
  await services?.close()
  process.exit(1)
}

const rows = [
  ['应用 app（用手机尺寸的窗口打开）', site.url],
  ...(services ? [
    ['提醒服务 API 文档 reminder API docs', `${services.apiUrl}/docs`],
    ['提醒服务健康检查 health', `${services.apiUrl}/healthz`],
    ['模拟微信收件箱 fake WeChat inbox', `${services.fakeUrl}/__fake/inbox`]
  ] : [])
]
const width = Math.max(...rows.map(([label]) => [...label].reduce((w, c) => w + (c.charCodeAt(0) > 0x2e80 ? 2 : 1), 0)))
console.log('')
for (const [label, url] of rows) {
  const shown = [...label].reduce((w, c) => w + (c.charCodeAt(0) > 0x2e80 ? 2 : 1), 0)
  console.log(`  ${label}${' '.repeat(width - shown + 2)}${url}`)
}
console.log('')
console.log(`换端口 other port: npm start -- --port 3000（或 PORT=3000 npm start）· 按 Ctrl+C 停止 (Ctrl+C to stop)`)

const stop = async () => {
  await site.close()
  await services?.close()
  process.exit(0)
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
