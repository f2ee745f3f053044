/**
 * Leases are measured on the database's clock, never an instance's: two instances whose clocks
 * disagree by seconds still agree on when a lease ran out, because only PostgreSQL's now() is read.
 */
import { sql, type RawBuilder } from 'kysely'

/** `now() + leaseMs` in the database. */
export function leaseUntil(leaseMs: number): RawBuilder<Date> {
  return sql<Date>`now() + make_interval(secs => ${leaseMs / 1000})`
}

/** The database's now(). */
export const dbNow: RawBuilder<Date> = sql<Date>`now()`
