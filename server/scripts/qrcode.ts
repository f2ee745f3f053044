/**
 * Generates the article's mini-program code through getwxacodeunlimit:
 *   tsx scripts/qrcode.ts --scene 's=art0308&l=alipay' --page pages/index/index --out code.png [--env-version release] [--width 430]
 * Needs WX_APPID, WX_SECRET and WX_API_BASE (https://api.weixin.qq.com, or the local stand-in).
 */
import { writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { createWechatClient } from '../src/wechat/client.ts'
import { checkQrParams } from '../src/wechat/qrParams.ts'

const USAGE = "用法 usage: tsx scripts/qrcode.ts --scene 's=art0308&l=alipay' --page pages/index/index --out code.png [--env-version release|trial|develop] [--width 430] [--no-check-path]"

function fail(message: string): never {
  console.error(message)
  process.exit(2)
}

let parsed
try {
  parsed = parseArgs({
    options: {
      scene: { type: 'string' }, page: { type: 'string' }, out: { type: 'string' },
      'env-version': { type: 'string' }, width: { type: 'string' }, 'no-check-path': { type: 'boolean' },
    },
  }).values
} catch (e) {
  fail(`${(e as Error).message}\n${USAGE}`)
}
const { scene, page, out } = parsed
if (scene === undefined || out === undefined) fail(`--scene and --out are required.\n${USAGE}`)

const envVersion = parsed['env-version'] ?? 'release'
if (envVersion !== 'release' && envVersion !== 'trial' && envVersion !== 'develop') fail(`--env-version must be release, trial or develop, got "${envVersion}"`)
const width = parsed.width === undefined ? undefined : Number(parsed.width)

// Check before touching the network: a bad scene should not cost a token fetch or a quota unit.
const request = { scene, page, width, envVersion, checkPath: parsed['no-check-path'] ? false : undefined } as const
const check = checkQrParams(request)
if (!check.ok) fail(`参数错误 invalid --${check.field}: ${check.reason}`)

const missing = ['WX_APPID', 'WX_SECRET', 'WX_API_BASE'].filter((k) => !process.env[k])
if (missing.length > 0) fail(`缺少环境变量 missing environment variable(s): ${missing.join(', ')}`)

const client = createWechatClient({ baseUrl: process.env.WX_API_BASE!, appId: process.env.WX_APPID!, secret: process.env.WX_SECRET!, timeoutMs: 15_000 })
const result = await client.getUnlimitedQrCode(request)
if (!result.ok) {
  console.error(`微信返回错误 WeChat error ${result.errcode}: ${result.errmsg}`)
  process.exit(1)
}
writeFileSync(out, result.png)
console.log(`已生成 wrote ${out} (${result.png.length} bytes) scene=${scene} page=${page ?? '(首页 home)'} env=${envVersion}`)
