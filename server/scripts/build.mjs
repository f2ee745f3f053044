// Production build: bundles the API (dist/server.mjs), the dispatcher-only worker (dist/dispatcher.mjs)
// and the app's page list (dist/app.config.mjs, from ../src/app.config.ts) into plain JavaScript, so a
// production start does not compile TypeScript on every launch. Packages stay external: they are
// loaded from node_modules (the shared ../src/domain modules' `zod` resolves to this package's).
// Tests, benchmarks and the local stand-in keep running the TypeScript through tsx.
import { build } from 'esbuild'
import { rmSync } from 'node:fs'

const out = new URL('../dist/', import.meta.url).pathname
rmSync(out, { recursive: true, force: true })
await build({
  tsconfig: new URL('../tsconfig.build.json', import.meta.url).pathname,
  entryPoints: { server: 'src/server.ts', dispatcher: 'src/dispatcherMain.ts', 'app.config': '../src/app.config.ts' },
  outdir: out,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  packages: 'external',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
})
console.log(`built ${out}server.mjs, dispatcher.mjs, app.config.mjs`)
