// 看一眼这台机器：程序在不在、是不是 root、有没有 apt、PostgreSQL 答不答应；以及用 apt 安装。
import { accessSync, constants, existsSync, statSync } from 'node:fs'
import { delimiter, join } from 'node:path'
import pg from 'pg'
import { TOOLS, toolPath } from './prerequisites.mjs'
export { freePort } from './localServices.mjs'

export function isExecutableFile(path) {
  try {
    accessSync(path, constants.X_OK)
    return statSync(path).isFile()
  } catch {
    return false
  }
}

/** A program must be executable; a data file (the font) need only be there. */
const isPresent = (tool, path) => (tool.dataFile ? existsSync(path) && statSync(path).isFile() : isExecutableFile(path))

function onPath(name, env) {
  return (env.PATH ?? '').split(delimiter).some((d) => d && isExecutableFile(join(d, name)))
}

/** The facts planTools decides on. */
export function hostFacts(env = process.env) {
  return {
    missing: TOOLS.filter((t) => !isPresent(t, toolPath(t, env))),
    isRoot: process.getuid?.() === 0,
    hasApt: existsSync('/etc/debian_version') && onPath('apt-get', env),
    env
  }
}

/** Runs one statement; `{ ok: false, error }` (the error's code or message) instead of throwing. */
export async function queryPostgres(url, text, timeoutMs = 3000) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs })
  client.on('error', () => {})
  try {
    await client.connect()
    const res = await client.query(text)
    return { ok: true, rows: res.rows }
  } catch (e) {
    return { ok: false, error: e.code ?? e.message }
  } finally {
    await client.end().catch(() => {})
  }
}

/**
 * apt-get install as a step (`sh` runs a command into the step's log). Refreshes the package lists first
 * when apt knows no candidate for a package, and once more if the install fails on stale lists.
 * @returns {Promise<string>} what was installed, with versions, for the run's summary
 */
export async function aptInstall(packages, { sh, capture }) {
  const list = packages.join(' ')
  const noCandidate = packages.some((p) => !/Candidate: (?!\(none\))/.test(capture(`apt-cache policy ${p}`)))
  if (noCandidate) await sh('apt-get update -qq')
  const install = `DEBIAN_FRONTEND=noninteractive apt-get install -y -q ${list}`
  try {
    await sh(install)
  } catch {
    await sh('apt-get update -qq')
    await sh(install)
  }
  const still = TOOLS.filter((t) => packages.includes(t.apt) && !isPresent(t, toolPath(t, process.env)))
  if (still.length > 0) throw new Error(`installed ${list}, but ${still.map((t) => toolPath(t, process.env)).join(', ')} is still missing`)
  return 'installed ' + packages.map((p) => `${p} ${capture(`dpkg-query -W -f='\${Version}' ${p}`).trim()}`).join(', ')
}
