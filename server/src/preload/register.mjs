// The shared domain modules live in ../src/domain (outside this package) and import `zod`.
// When the repository root has no node_modules (a server-only deployment), resolve such bare
// imports from this package instead, so the server does not depend on the app's install.
import { register } from 'node:module'

register('./sharedDepsHooks.mjs', import.meta.url, {
  data: { fallbackParent: new URL('../../package.json', import.meta.url).href },
})
