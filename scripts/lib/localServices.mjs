// 本地一键运行用的服务：模拟微信（stand-in）+ 提醒服务（PGlite）。只用于本地和端到端测试，生产环境从不使用。
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { createServer } from 'node:net'

const serverDir = resolve('server')
const tsx = join(serverDir, 'node_modules', '.bin', 'tsx')

/** 启动一个子进程，等它在 stdout/stderr 打印出 ready 正则匹配的行。 */
function startProcess(name, args, { env, ready, cwd = serverDir }) {
  const { DATABASE_URL: _ignored, ...inherited } = process.env // 本地运行总是用 PGlite
  const child = spawn(tsx, args, { cwd, env: { ...inherited, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  return new Promise((ok, fail) => {
    // Stopped when it is late, so a test that gives up on it does not wait for it forever (its process would never exit).
    const timer = setTimeout(() => { child.kill('SIGTERM'); fail(new Error(`${name} did not start in 60 s:\n${output}`)) }, 60_000)
    const onData = (chunk) => {
      output += chunk
      const match = output.match(ready)
      if (match) { clearTimeout(timer); ok({ child, match }) }
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', onData)
    child.on('exit', (code) => { clearTimeout(timer); fail(new Error(`${name} exited with ${code}:\n${output}`)) })
  })
}

function alphanumeric(length) {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
  return Array.from(randomBytes(length), (b) => chars[b % chars.length]).join('')
}

/** 向系统要一个空闲端口。 */
export function freePort() {
  return new Promise((ok, fail) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address()
      probe.close(() => ok(port))
    })
    probe.on('error', fail)
  })
}

/**
 * 启动模拟微信和提醒服务，返回它们的地址与 close()。
 * dataDir 省略时用一个临时目录（测试用）；npm start 传 .data/pglite 让数据留下来。
 */
export async function startLocalServices({ apiPort = 0, fakePort = 0, dataDir, quiet = true } = {}) {
  const templates = JSON.parse(readFileSync('scripts/local/wechatTemplates.json', 'utf8'))
  const fakeTemplates = Object.values(templates).map((m) => ({
    templateId: m.templateId,
    title: m.templateId,
    keywords: Object.fromEntries(Object.entries(m.fields).map(([k, f]) => [k, f.type]))
  }))
  const scratch = mkdtempSync(join(tmpdir(), 'yingsu-local-'))
  const templatesFile = join(scratch, 'fake-templates.json')
  writeFileSync(templatesFile, JSON.stringify(fakeTemplates))

  // 只有小程序里真有的页面才能作为提醒的跳转页，其余按微信的 41030 拒绝。
  const fake = await startProcess('fake WeChat', ['scripts/fakeWechat.ts', '--port', String(fakePort), '--templates', templatesFile, '--app-pages'], {
    env: {}, ready: /WX_API_BASE=(\S+) WX_APPID=(\S+) WX_SECRET=(\S+)/
  })
  const [, wxBase, appId, secret] = fake.match
  const pgliteDir = resolve(dataDir ?? join(scratch, 'pglite')) // the service creates it (db/database.ts)
  // 消息推送，安全模式：每次启动随机生成 Token 与 EncodingAESKey（本地用，不是秘密）。
  const pushToken = alphanumeric(32)
  const pushAesKey = alphanumeric(43)
  const api = await startProcess('reminder service', ['src/server.ts'], {
    env: {
      PORT: String(apiPort || await freePort()), HOST: '127.0.0.1', DATA_DIR: pgliteDir,
      WX_API_BASE: wxBase, WX_APPID: appId, WX_SECRET: secret, WX_TEMPLATES: JSON.stringify(templates),
      WX_MINIPROGRAM_STATE: 'developer', LOG_LEVEL: 'info', DISPATCH_POLL_MS: '500',
      WX_PUSH_TOKEN: pushToken, WX_PUSH_AES_KEY: pushAesKey, DISPATCH_EVIDENCE_WAIT_SECONDS: '10'
    },
    ready: /listening at (http:\/\/127\.0\.0\.1:\d+)/
  }).catch((e) => { fake.child.kill('SIGTERM'); throw e })
  const apiUrl = api.match[1]
  const push = await fetch(`${wxBase}/__fake/push`, {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ url: `${apiUrl}/wechat/push`, token: pushToken, aesKey: pushAesKey, delayMs: 200 })
  })
  if (!push.ok) { api.child.kill('SIGTERM'); fake.child.kill('SIGTERM'); throw new Error(`could not configure the stand-in's 消息推送: ${await push.text()}`) }
  if (!quiet) { api.child.stdout.pipe(process.stdout); api.child.stderr.pipe(process.stderr) } else { api.child.stdout.resume(); api.child.stderr.resume() }
  fake.child.stdout.resume(); fake.child.stderr.resume()
  const stopChild = (child) => new Promise((ok) => {
    if (child.exitCode !== null) { ok(); return }
    child.once('exit', () => ok())
    child.kill('SIGTERM')
  })
  // 父进程意外退出（测试崩溃、Ctrl+C 之外的退出）时也不留下孤儿进程占着端口。
  const killOnExit = () => { api.child.kill('SIGTERM'); fake.child.kill('SIGTERM') }
  process.once('exit', killOnExit)
  return {
    apiUrl,
    fakeUrl: wxBase,
    async close() {
      process.removeListener('exit', killOnExit)
      await stopChild(api.child)
      await stopChild(fake.child)
    }
  }
}
