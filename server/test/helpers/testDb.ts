/**
 * One suite, two backends: TEST_DB=pglite (in-memory PGlite) or TEST_DB=postgres (TEST_DATABASE_URL, by default
 * the server at 127.0.0.1:5432, database `test`; each test database in its own throw-away schema). Every test
 * that talks to PostgreSQL takes its URL from PG_URL, so the root's `npm test` can point them all at an
 * embedded PostgreSQL when there is none on 5432.
 */
import { createHash, randomBytes } from 'node:crypto'
import { readFile, rename, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { sql } from 'kysely'
import { openDatabase, type Db } from '../../src/db/database.ts'
import { migrateToLatest } from '../../src/db/migrate.ts'

export const TEST_DB = (process.env.TEST_DB ?? 'pglite') as 'pglite' | 'postgres'
export const PG_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test'

export interface TestDb {
  db: Db
  /** Opens another handle on the same database (a second service instance). */
  another(): Db
  schema?: string
  close(): Promise<void>
}

export async function openTestDb(opts: { poolSize?: number } = {}): Promise<TestDb> {
  if (TEST_DB === 'pglite') {
    const db = openDatabase({ kind: 'pglite', loadDataDir: await pgliteTemplate() })
    const m = await migrateToLatest(db)
    if (!m.ok) throw m.error
    return {
      db,
      another: () => { throw new Error('PGlite is single-process; use TEST_DB=postgres for multi-instance tests') },
      close: () => db.destroy(),
    }
  }
  const schema = `t_${process.pid}_${randomBytes(4).toString('hex')}`
  const admin = openDatabase({ kind: 'postgres', url: PG_URL, poolSize: 1 })
  await sql`create schema ${sql.id(schema)}`.execute(admin)
  const open = () => openDatabase({ kind: 'postgres', url: PG_URL, schema, poolSize: opts.poolSize ?? 10 })
  const db = open()
  const m = await migrateToLatest(db)
  if (!m.ok) throw m.error
  const extra: Db[] = []
  return {
    db,
    schema,
    another: () => { const d = open(); extra.push(d); return d },
    close: async () => {
      for (const d of extra) await d.destroy()
      await db.destroy()
      await sql`drop schema ${sql.id(schema)} cascade`.execute(admin)
      await admin.destroy()
    },
  }
}

/**
 * PGlite's initdb takes ~15 s; loading a dumped, freshly initialised cluster takes ~2 s.
 * The dump is cached in the temp dir per PGlite version (migrations still run per test).
 */
async function pgliteTemplate(): Promise<Blob> {
  const pkg = JSON.parse(await readFile(new URL('../../node_modules/@electric-sql/pglite/package.json', import.meta.url), 'utf8')) as { version: string }
  const file = join(tmpdir(), `yszs-pglite-${createHash('sha1').update(pkg.version).digest('hex').slice(0, 12)}.tar`)
  try {
    return new Blob([await readFile(file)])
  } catch {
    const pg = new PGlite()
    await pg.waitReady
    const dump = await pg.dumpDataDir('none')
    await pg.close()
    const tmp = `${file}.${process.pid}`
    await writeFile(tmp, Buffer.from(await dump.arrayBuffer()))
    await rename(tmp, file)
    return dump
  }
}
