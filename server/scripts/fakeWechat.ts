/**
 * Starts the local WeChat stand-in on its own:
 *   tsx scripts/fakeWechat.ts [--port 4100] [--latency-ms 50] [--templates templates.json]
 *     [--app-pages | --pages a,b] [--push-url URL --push-token T [--push-aes-key K]]
 * PORT works too. templates.json: [{ "templateId": "…", "title": "开庭提醒", "keywords": { "thing1": "thing", "time2": "time" } }].
 * --app-pages: only the pages of ../src/app.config.ts exist, so a send with any other page gets 41030 as in WeChat.
 * --push-*: 消息推送 to the service's /wechat/push (also settable later with POST /__fake/push).
 * Point the service at it with WX_API_BASE=<printed url>, WX_APPID and WX_SECRET as printed.
 */
import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { loadAppPages } from '../src/appPages.ts'
import { FAKE_APPID, FAKE_SECRET, startFakeWechat, type FakeTemplate } from '../src/fakeWechat/index.ts'
import { fakeKeywordTypes, type FakeKeywordType } from '../src/fakeWechat/keywordCheck.ts'

const { values } = parseArgs({
  options: {
    port: { type: 'string' }, host: { type: 'string' }, 'latency-ms': { type: 'string' },
    templates: { type: 'string' }, pages: { type: 'string' }, seed: { type: 'string' },
    'app-pages': { type: 'boolean' }, 'push-url': { type: 'string' }, 'push-token': { type: 'string' }, 'push-aes-key': { type: 'string' },
  },
})

const num = (name: string, v: string | undefined): number | undefined => {
  if (v === undefined) return undefined
  const n = Number(v)
  if (!Number.isFinite(n) || n < 0) {
    console.error(`--${name} must be a non-negative number, got "${v}"`)
    process.exit(2)
  }
  return n
}

const fake = await startFakeWechat({
  port: num('port', values.port ?? process.env.PORT) ?? 4100,
  host: values.host,
  latencyMs: num('latency-ms', values['latency-ms']),
  seed: num('seed', values.seed),
  appId: process.env.WX_APPID ?? FAKE_APPID,
  secret: process.env.WX_SECRET ?? FAKE_SECRET,
})
const templatesFile = values.templates ?? process.env.FAKE_WECHAT_TEMPLATES
if (templatesFile) {
  for (const t of JSON.parse(readFileSync(templatesFile, 'utf8')) as FakeTemplate[]) {
    const bad = Object.entries(t.keywords ?? {}).find(([, type]) => !fakeKeywordTypes.includes(type as FakeKeywordType))
    if (typeof t.templateId !== 'string' || bad) {
      console.error(`${templatesFile}: bad template ${JSON.stringify(t.templateId)}${bad ? `: keyword ${bad[0]} has unknown type ${String(bad[1])}` : ''}`)
      await fake.close()
      process.exit(2)
    }
    fake.state.registerTemplate({ ...t, title: t.title ?? t.templateId })
  }
}
if (values['app-pages']) fake.state.setPages([...await loadAppPages()])
else if (values.pages) fake.state.setPages(values.pages.split(','))
if (values['push-url'] && values['push-token']) {
  fake.state.push = { url: values['push-url'], token: values['push-token'], ...(values['push-aes-key'] ? { aesKey: values['push-aes-key'] } : {}) }
}

console.log(`模拟微信已启动 fake WeChat listening on ${fake.url}`)
console.log(`  WX_API_BASE=${fake.url} WX_APPID=${fake.state.appId} WX_SECRET=${fake.state.secret}`)
console.log(`  inbox: ${fake.url}/__fake/inbox   templates registered: ${fake.state.templates.size}   pages: ${fake.state.pages ? fake.state.pages.size : 'any'}`)

const stop = (): void => { void fake.close().then(() => process.exit(0)) }
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
