import { chromium } from 'playwright-core'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { serveStatic } from '../../scripts/lib/staticServer.mjs'

// Debian 的 chromium；这些参数避免它在封闭网络里反复连外网（见 taro-setup.md）。
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync']

/**
 * 启动一个服务 dist-h5 的本地服务器和一个手机尺寸的无头 Chromium。
 * proxies: 把 /api/、/wx-fake/ 转发给本地的提醒服务与模拟微信（见 scripts/lib/localServices.mjs）。
 */
/** 问题报告里的小手机：iPhone SE / 8 的 375×667。 */
export const SMALL_PHONE = { width: 375, height: 667 }

export async function openApp({ distDir = 'dist-h5', proxies = {}, viewport = { width: 390, height: 844 } } = {}) {
  const site = await serveStatic(distDir, { proxies })
  const userDataDir = await mkdtemp(join(tmpdir(), 'yingsu-e2e-'))
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    viewport,
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
    timezoneId: process.env.E2E_TIMEZONE ?? 'Asia/Shanghai'
  })
  const page = context.pages()[0] ?? await context.newPage()
  const errors = []
  page.on('pageerror', (e) => errors.push(String(e)))
  return {
    page,
    url: site.url,
    errors,
    async close() {
      await context.close()
      await site.close()
      await rm(userDataDir, { recursive: true, force: true })
    }
  }
}
