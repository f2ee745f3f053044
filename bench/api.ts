/**
 * Launcher for the reminder service's api benchmark, which lives in the server package
 * (server/bench/api.ts, typed against the server's dependencies). Run from the repository root:
 *   server/node_modules/.bin/tsx --import ./server/src/preload/register.mjs bench/api.ts
 * or inside server/: npm run bench:api. Settings are environment variables documented there.
 */
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

// A computed specifier keeps the app's type-check out of the server package.
const target = pathToFileURL(join(__dirname, '..', 'server', 'bench', 'api.ts')).href
import(target).catch((err: unknown) => {
  console.error(err)
  process.exit(1)
})

export {}
