/** 用户：openid ↔ 内部 id。The openid never leaves these functions towards the API. */
import { sql } from 'kysely'
import type { Db } from '../db/database.ts'

/** Finds or creates the user for an openid; returns the internal id. */
export async function upsertUserByOpenid(db: Db, openid: string): Promise<string> {
  const row = await db
    .insertInto('users')
    .values({ openid })
    .onConflict((oc) => oc.column('openid').doUpdateSet({ openid: sql`excluded.openid` }))
    .returning('id')
    .executeTakeFirstOrThrow()
  return row.id
}

/** The internal id for an openid WeChat pushed to us, if that user is known. */
export async function findUserId(db: Db, openid: string): Promise<string | undefined> {
  const row = await db.selectFrom('users').select('id').where('openid', '=', openid).executeTakeFirst()
  return row?.id
}

/** Deletes the user row; sessions, credits and reminders go with it (ON DELETE CASCADE). */
export async function deleteUser(db: Db, userId: string): Promise<boolean> {
  const res = await db.deleteFrom('users').where('id', '=', userId).executeTakeFirst()
  return res.numDeletedRows > 0n
}
