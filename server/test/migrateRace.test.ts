/**
 * Start-up migration while other schemas in the same database come and go (test suites sharing one PostgreSQL,
 * or other deployments): Kysely's look for its own tables scans every schema, and a schema dropped mid-scan
 * fails that query with 3F000. migrateToLatest looks again instead of failing start-up (a dispatcher exited 1
 * this way in a fault test while the server suite dropped its schemas).
 */
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { describe, it } from 'node:test'
import { sql } from 'kysely'
import { openDatabase } from '../src/db/database.ts'
import { migrateToLatest } from '../src/db/migrate.ts'
import { PG_URL, TEST_DB } from './helpers/testDb.ts'

describe('migration while other schemas are dropped', { skip: TEST_DB !== 'postgres' && 'needs TEST_DB=postgres' }, () => {
  it('migrates fresh schemas while another connection creates and drops schemas without pause', async () => {
    const admin = openDatabase({ kind: 'postgres', url: PG_URL, poolSize: 2 })
    let churning = true
    const churn = (async () => {
      for (let i = 0; churning; i++) {
        const name = `churn_${process.pid}_${i}`
        await sql`create schema ${sql.id(name)}`.execute(admin)
        await sql`create table ${sql.id(name)}.t (id int)`.execute(admin)
        await sql`drop schema ${sql.id(name)} cascade`.execute(admin)
      }
    })()
    const failures: string[] = []
    try {
      for (let i = 0; i < 8; i++) {
        const schema = `mig_${process.pid}_${randomBytes(3).toString('hex')}`
        await sql`create schema ${sql.id(schema)}`.execute(admin)
        const db = openDatabase({ kind: 'postgres', url: PG_URL, schema, poolSize: 2 })
        const m = await migrateToLatest(db)
        if (!m.ok) failures.push(String((m.error as Error).message))
        await db.destroy()
        await sql`drop schema ${sql.id(schema)} cascade`.execute(admin)
      }
    } finally {
      churning = false
      await churn
      await admin.destroy()
    }
    assert.deepEqual(failures, [])
  })
})
