import { sql, type Kysely } from 'kysely'

/**
 * Issue 18: a push's (timestamp, nonce) is accepted for one body only. Kept in the database, not in
 * memory, because several API instances behind one balancer each see some of WeChat's pushes.
 * Rows expire after the timestamp window (push/signature.ts) and are pruned (retention/prune.ts).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table push_nonces (
    timestamp bigint not null,
    nonce text not null,
    body_digest text not null,
    expires_at timestamptz not null,
    primary key (timestamp, nonce)
  )`.execute(db)
  await sql`create index push_nonces_expires_idx on push_nonces(expires_at)`.execute(db)
}
