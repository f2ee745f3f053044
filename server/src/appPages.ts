/**
 * 小程序的页面清单，启动时从 src/app.config.ts 读出（主包 pages + 每个分包的 root/pages）。
 * Read from the app's own config rather than a copy, so a page or subpackage added there is known
 * here at the next start, and a page removed there is refused here (WeChat would answer 41030).
 */
import { fileURLToPath, pathToFileURL } from 'node:url'

export type AppPages = ReadonlySet<string>

/** Under tsx the app's own file; in the production bundle (dist/*.mjs, scripts/build.mjs) its compiled copy. */
export const APP_CONFIG_PATH = fileURLToPath(import.meta.url.endsWith('.mjs')
  ? new URL('./app.config.mjs', import.meta.url)
  : new URL('../../src/app.config.ts', import.meta.url))

interface AppConfigShape {
  pages?: unknown
  subPackages?: unknown
  subpackages?: unknown
}

/**
 * The page paths of an app config, as WeChat names them ('case/pages/detail/index').
 * @example pagesOfAppConfig({ pages: ['pages/index/index'], subPackages: [{ root: 'case', pages: ['pages/detail/index'] }] })
 * // → Set { 'pages/index/index', 'case/pages/detail/index' }
 */
export function pagesOfAppConfig(config: AppConfigShape): AppPages {
  const out = new Set<string>()
  const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((p): p is string => typeof p === 'string') : [])
  for (const p of strings(config.pages)) out.add(p.replace(/^\/+/, ''))
  const subs = [config.subPackages, config.subpackages].flatMap((v) => (Array.isArray(v) ? v : []))
  for (const sub of subs as { root?: unknown; pages?: unknown }[]) {
    if (typeof sub?.root !== 'string') continue
    const root = sub.root.replace(/^\/+|\/+$/g, '')
    for (const p of strings(sub.pages)) out.add(`${root}/${p.replace(/^\/+/, '')}`)
  }
  return out
}

/**
 * Imports src/app.config.ts (tsx compiles it; the production build bundles it) with Taro's `defineAppConfig` macro stood in by the
 * identity function, and lists its pages. Throws with the file name when it has none.
 */
export async function loadAppPages(configPath: string = APP_CONFIG_PATH): Promise<AppPages> {
  const g = globalThis as { defineAppConfig?: (c: unknown) => unknown }
  g.defineAppConfig ??= (c: unknown) => c
  const mod = (await import(pathToFileURL(configPath).href)) as { default?: AppConfigShape }
  const pages = pagesOfAppConfig(mod.default ?? {})
  if (pages.size === 0) throw new Error(`${configPath} lists no pages`)
  return pages
}

/** The path part of a page with an optional query ('case/pages/detail/index?id=c1' → 'case/pages/detail/index'). */
export function pagePath(page: string): string {
  return page.split('?')[0]!.replace(/^\/+/, '')
}
