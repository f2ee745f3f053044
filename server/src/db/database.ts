/** Opens Kysely over PostgreSQL (DATABASE_URL) or PGlite (a data directory, or memory). */
import { mkdirSync } from 'node:fs'
import { PGlite } from '@electric-sql/pglite'
import { Kysely, PostgresDialect } from 'kysely'
import pg from 'pg'
import { PGliteDialect } from './pgliteDialect.ts'
import type { Database } from './schema.ts'

export type Db = Kysely<Database>

export type DbTarget =
  | { kind: 'postgres'; url: string; schema?: string; poolSize?: number }
  | { kind: 'pglite'; dataDir?: string; loadDataDir?: Blob }

export function openDatabase(target: DbTarget): Db {
  if (target.kind === 'postgres') {
    const pool = new pg.Pool({
      connectionString: target.url,
      max: target.poolSize ?? 10,
      // Tests and parallel deployments can live in their own schema.
      ...(target.schema ? { options: `-c search_path=${target.schema}` } : {}),
    })
    return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) })
  }
  // PGlite creates only the last folder of the path; a fresh checkout has no .data/ yet.
  if (target.dataDir && !target.dataDir.includes('://')) mkdirSync(target.dataDir, { recursive: true })
  const client = new PGlite(target.dataDir, target.loadDataDir ? { loadDataDir: target.loadDataDir } : {})
  return new Kysely<Database>({ dialect: new PGliteDialect(client) })
}
