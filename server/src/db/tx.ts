/** Runs `fn` in the caller's transaction when there is one, else in a new one (Kysely does not nest). */
import type { Kysely, Transaction } from 'kysely'
import type { Database } from './schema.ts'

export type Executor = Kysely<Database> | Transaction<Database>

export function inTransaction<T>(db: Executor, fn: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
  return db.isTransaction ? fn(db as Transaction<Database>) : db.transaction().execute(fn)
}
