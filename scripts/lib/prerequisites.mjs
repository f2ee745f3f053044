// npm test 的前提：浏览器、文字处理软件、PostgreSQL。这里只做决定（纯函数，tests/tooling 测它），
// 探测与安装在 hostProbes.mjs，嵌入式 PostgreSQL 在 embeddedPostgres.mjs。

/** Programs the suite drives, where it looks for them, and the Debian package that provides each. */
export const TOOLS = [
  { name: 'Chromium', env: 'CHROMIUM_PATH', path: '/usr/bin/chromium', apt: 'chromium' },
  { name: 'LibreOffice', env: 'SOFFICE_PATH', path: '/usr/bin/soffice', apt: 'libreoffice-writer-nogui' },
  // Without a Chinese font LibreOffice prints no Chinese text, so the .docx → PDF checks would read nothing.
  { name: 'a Chinese font', env: 'CJK_FONT_PATH', path: '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc', apt: 'fonts-wqy-microhei', dataFile: true }
]

/** Where the suite will look for `tool`: its env variable when set, else the Debian path. */
export function toolPath(tool, env) {
  return env[tool.env] || tool.path
}

/**
 * What to do about missing programs: nothing, install the Debian packages (root on Debian/Ubuntu), or stop
 * with the one command to run. A path given in CHROMIUM_PATH / SOFFICE_PATH that is not there counts as
 * missing too (that is how the tests simulate a machine without them); the line then names the variable.
 * @example planTools({ missing: [TOOLS[0]], isRoot: false, hasApt: true, env: {} })
 *   // → { kind: 'stop', line: 'Chromium is missing. Run: sudo apt-get install -y chromium   then npm test again' }
 */
export function planTools({ missing, isRoot, hasApt, env }) {
  if (missing.length === 0) return { kind: 'ready' }
  const names = missing.map((t) => t.name).join(' and ')
  const verb = missing.length === 1 ? 'is' : 'are'
  const packages = missing.map((t) => t.apt)
  if (hasApt && isRoot) return { kind: 'install', packages }
  const moved = missing.filter((t) => env[t.env]).map((t) => `${t.env}=${env[t.env]}`)
  const orFix = moved.length > 0 ? ` (or fix ${moved.join(', ')})` : ''
  if (hasApt) return { kind: 'stop', line: `${names} ${verb} missing. Run: sudo apt-get install -y ${packages.join(' ')}${orFix}   then npm test again` }
  const vars = missing.map((t) => `${t.env}=/path/to/it`).join(' ')
  return { kind: 'stop', line: `${names} ${verb} missing. Install ${names}, then: ${vars} npm test` }
}

/** The database URL the suite uses by default: the PostgreSQL on this machine, database `test`, trust auth. */
export function localPostgresUrl(env) {
  return `postgres://postgres@127.0.0.1:${env.YINGSU_PG_PORT || 5432}/test`
}

/**
 * Which PostgreSQL the server suites use: the URL given in TEST_DATABASE_URL as is; else the local one when it
 * answered the probe; else an embedded one started for this run.
 * @example planPostgres({ env: {}, probe: { ok: false, error: 'ECONNREFUSED' } })
 *   // → { kind: 'embedded', reason: 'postgres://postgres@127.0.0.1:5432/test did not answer (ECONNREFUSED)' }
 */
export function planPostgres({ env, probe }) {
  if (env.TEST_DATABASE_URL) return { kind: 'given', url: env.TEST_DATABASE_URL }
  const url = localPostgresUrl(env)
  if (probe.ok) return { kind: 'local', url }
  return { kind: 'embedded', reason: `${url} did not answer (${probe.error})` }
}
