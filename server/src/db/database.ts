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

/** Called for connection faults the pool survives (a dropped connection, a restarted server). */
export type DbErrorListener = (err: Error, where: 'idle' | 'in-use') => void

const stderrListener: DbErrorListener = (err, where) => {
  process.stderr.write(`database connection error (${where}), carrying on: ${err.message}\n`)
}

/**
 * Without an 'error' listener a dropped connection is an unhandled 'error' event and ends the process
 * (issue 18): the pool's idle clients and every client it hands out get one. The query that was using
 * a dropped connection fails as a value; the pool opens fresh connections when the database is back.
 */
export function openDatabase(target: DbTarget, onError: DbErrorListener = stderrListener): Db {
  if (target.kind === 'postgres') {
    const pool = new pg.Pool({
      connectionString: target.url,
      max: target.poolSize ?? 10,
      // A database that is away must fail a request (and /healthz) in seconds, not hang it.
      connectionTimeoutMillis: 5000,
      keepAlive: true,
      // Tests and parallel deployments can live in their own schema.
      ...(target.schema ? { options: `-c search_path=${target.schema}` } : {}),
    })
    pool.on('error', (err) => onError(err, 'idle'))
    pool.on('connect', (client) => { client.on('error', (err) => onError(err, 'in-use')) })
    return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) })
  }
  // PGlite creates only the last folder of the path; a fresh checkout has no .data/ yet.
  if (target.dataDir && !target.dataDir.includes('://')) mkdirSync(target.dataDir, { recursive: true })
  const client = new PGlite(target.dataDir, target.loadDataDir ? { loadDataDir: target.loadDataDir } : {})
  return new Kysely<Database>({ dialect: new PGliteDialect(client) })
}
