import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import type { Compiler } from 'webpack'

/**
 * Writes which webpack module ids of the WeChat build hold our own code (src/) and which only
 * packages, to .taro-cache/<outputRoot>-module-origins.json (outside dist/, so it is not uploaded
 * and not counted in the package size). The weapp harness (tests/weapp) reads it: Taro's
 * ProvidePlugin turns `window`, `document`, `location`, `URL`… into its own stand-ins, which the
 * framework may touch but our code must not (on a phone they do nothing useful).
 */
export class ModuleOriginsPlugin {
  constructor(private readonly outputRoot: string) {}

  apply(compiler: Compiler): void {
    const src = resolve('src')
    compiler.hooks.afterEmit.tap('ModuleOriginsPlugin', (compilation) => {
      const origins: Record<string, 'app' | 'package'> = {}
      for (const module of compilation.modules) {
        const id = compilation.chunkGraph.getModuleId(module)
        if (id === null || id === undefined) continue
        const inner = (module as unknown as { modules?: { resource?: string }[] }).modules
        const resources = (inner ?? [module as unknown as { resource?: string }]).map((m) => m.resource ?? '')
        origins[String(id)] = resources.some((r) => r.startsWith(src)) ? 'app' : 'package'
      }
      const file = join('.taro-cache', `${this.outputRoot}-module-origins.json`)
      mkdirSync(dirname(file), { recursive: true })
      writeFileSync(file, JSON.stringify(origins))
    })
  }
}
