import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, it } from 'node:test'
import { loadAppPages, pagePath, pagesOfAppConfig } from '../src/appPages.ts'
import { loadConfig } from '../src/config.ts'
import { routes } from '../../src/routes.ts'

const valid = { WX_APPID: 'wx0123456789abcdef', WX_SECRET: 'secret-0123456789' }
const template = (page?: string) => JSON.stringify({
  hearing: { templateId: 'tmplA', ...(page ? { page } : {}), fields: { thing1: { from: 'title', type: 'thing' } } },
})

describe("the app's page list, read from src/app.config.ts at start-up", () => {
  it('lists the main package and every subpackage page the way WeChat names them', () => {
    assert.deepEqual([...pagesOfAppConfig({
      pages: ['pages/index/index'],
      subPackages: [{ root: 'case', pages: ['pages/intake/index', 'pages/detail/index'] }, { root: 'prepare/', pages: ['pages/list/index'] }],
    })], ['pages/index/index', 'case/pages/intake/index', 'case/pages/detail/index', 'prepare/pages/list/index'])
  })

  it('holds every route of src/routes.ts, so a page the app navigates to is a page a reminder may open', async () => {
    const pages = await loadAppPages()
    for (const route of Object.values(routes)) assert.ok(pages.has(route.slice(1)), `${route} is in app.config.ts`)
    assert.ok(pages.has('case/pages/detail/index'))
  })

  it('takes the path of a page with a query', () => {
    assert.equal(pagePath('case/pages/detail/index?id=c1'), 'case/pages/detail/index')
  })
})

describe('WX_TEMPLATES pages are checked against the app at start-up', () => {
  it('stops start-up naming the variable and the page when a template page is not in the app (the old README example)', async () => {
    const pages = await loadAppPages()
    const r = loadConfig({ ...valid, WX_TEMPLATES: template('pages/timeline/index') }, pages)
    assert.equal(r.ok, false)
    const [error] = r.ok ? [] : r.errors
    assert.match(error ?? '', /^WX_TEMPLATES \(at hearing\.page\): pages\/timeline\/index is not a page of the app/)
  })

  it('refuses to start the real service with such a page: exit 78 and a line naming WX_TEMPLATES and the page', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--import', './src/preload/register.mjs', 'src/server.ts'], {
      cwd: fileURLToPath(new URL('..', import.meta.url)),
      env: { PATH: process.env.PATH, ...valid, WX_TEMPLATES: template('pages/timeline/index'), DATA_DIR: '/nonexistent/never-opened' },
      stdio: ['ignore', 'ignore', 'pipe'],
    })
    let stderr = ''
    child.stderr.on('data', (b: Buffer) => { stderr += b.toString() })
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve))
    assert.equal(code, 78)
    assert.match(stderr, /configuration error, not starting:\n {2}WX_TEMPLATES \(at hearing\.page\): pages\/timeline\/index is not a page of the app/)
  })

  it('accepts a real page (with a query) and no page at all', async () => {
    const pages = await loadAppPages()
    assert.equal(loadConfig({ ...valid, WX_TEMPLATES: template('pages/index/index') }, pages).ok, true)
    assert.equal(loadConfig({ ...valid, WX_TEMPLATES: template('case/pages/detail/index?from=msg') }, pages).ok, true)
    assert.equal(loadConfig({ ...valid, WX_TEMPLATES: template() }, pages).ok, true)
  })

  it('names WX_PUSH_TOKEN and WX_PUSH_AES_KEY when they are malformed, and a key without a token', async () => {
    const pages = await loadAppPages()
    const names = (env: Record<string, string>) => {
      const r = loadConfig({ ...valid, WX_TEMPLATES: template(), ...env }, pages)
      return r.ok ? [] : r.errors.map((e) => e.split(/[ :]/)[0])
    }
    assert.deepEqual(names({ WX_PUSH_TOKEN: 'ab' }), ['WX_PUSH_TOKEN'])
    assert.deepEqual(names({ WX_PUSH_TOKEN: 'token-with-dash' }), ['WX_PUSH_TOKEN'])
    assert.deepEqual(names({ WX_PUSH_TOKEN: 'AAAAA', WX_PUSH_AES_KEY: 'short' }), ['WX_PUSH_AES_KEY'])
    assert.deepEqual(names({ WX_PUSH_AES_KEY: 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG' }), ['WX_PUSH_TOKEN'])
    const r = loadConfig({ ...valid, WX_TEMPLATES: template(), WX_PUSH_TOKEN: 'AAAAA', WX_PUSH_AES_KEY: 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG' }, pages)
    assert.ok(r.ok)
    assert.deepEqual(r.config.push, { token: 'AAAAA', aesKey: 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG', refusalsPerMinute: 60 })
    assert.equal(r.config.dispatcher.evidenceWaitMs, 120_000, 'with 消息推送, unknown sends wait for a delivery report first')
  })
})
