// npm start 的参数：--port N（或环境变量 PORT）、--no-build、--app-only、--verbose。
import { existsSync } from 'node:fs'

export const DEFAULT_PORT = 8080

/**
 * 解析参数；端口写错时给出一句能照着改的话，而不是悄悄用别的端口。
 * parseStartArgs(['--port', '3000'], {}) → { ok: true, port: 3000, build: true, appOnly: false, verbose: false }
 */
export function parseStartArgs(args, env, { hasBuild = () => existsSync('dist-h5/index.html') } = {}) {
  const flag = args.indexOf('--port')
  const raw = flag >= 0 ? args[flag + 1] : env.PORT
  const port = raw === undefined || raw === '' ? DEFAULT_PORT : Number(raw)
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    return { ok: false, message: `端口写错了（port must be 0–65535）：${raw}。例如 npm start -- --port 3000` }
  }
  return {
    ok: true,
    port,
    // --no-build 只在已有构建时生效：没有 dist-h5 就照常构建。
    build: !(args.includes('--no-build') && hasBuild()),
    appOnly: args.includes('--app-only'),
    verbose: args.includes('--verbose')
  }
}
