/** Runs the numbered migrations at start-up (Kysely keeps the applied list in kysely_migration). */
import { Migrator, sql, type Kysely, type Migration, type MigrationProvider } from 'kysely'
import * as m001 from './migrations/001_initial.ts'
import * as m002 from './migrations/002_needs_consent_event_index.ts'
import * as m003 from './migrations/003_delivery_evidence.ts'
import * as m004 from './migrations/004_fair_dispatch.ts'
import * as m005 from './migrations/005_push_nonces.ts'

const migrations: Record<string, Migration> = {
  '001_initial': m001,
  '002_needs_consent_event_index': m002,
  '003_delivery_evidence': m003,
  '004_fair_dispatch': m004,
  '005_push_nonces': m005,
}

const provider: MigrationProvider = { getMigrations: async () => migrations }

/**
 * Kysely's own tables go in the connection's current schema, named explicitly: left unnamed, Kysely
 * decides whether they exist by looking in every schema it may use, so one schema already migrated
 * in the same database (another deployment's, another test file's) makes the next look migrated.
 */
export async function migrateToLatest(db: Kysely<any>): Promise<{ ok: true; applied: string[] } | { ok: false; error: unknown }> {
  let schema: string
  try {
    schema = (await sql<{ schema: string }>`select current_schema() as schema`.execute(db)).rows[0]!.schema
  } catch (error) {
    return { ok: false, error }
  }
  const migrator = new Migrator({ db, provider, migrationTableSchema: schema })
  for (let attempt = 1; ; attempt++) {
    const { error, results } = await migrator.migrateToLatest()
    if (!error) return { ok: true, applied: (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName) }
    if (attempt >= SCAN_RACE_ATTEMPTS || !isSchemaDroppedMidScan(error)) return { ok: false, error }
    await new Promise((r) => setTimeout(r, 200 * attempt))
  }
}

const SCAN_RACE_ATTEMPTS = 5

/**
 * Kysely checks for its tables by listing the tables of every schema with has_schema_privilege(); a schema
 * dropped by someone else between the listing and the check fails that query with 3F000 (invalid_schema_name).
 * Seen when test suites sharing one database drop their schemas while a dispatcher starts; also possible in a
 * database shared with other deployments. Nothing was changed, so looking again is safe.
 */
function isSchemaDroppedMidScan(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '3F000'
}
