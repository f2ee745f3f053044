/** 运营者追加的放假安排年份（已按共享 holidayYearSchema 校验后才写入）。 */
import type { Db } from '../db/database.ts'

export async function upsertHolidayYear(db: Db, year: number, data: unknown, now: number): Promise<void> {
  await db
    .insertInto('holiday_calendar_updates')
    .values({ year, data: JSON.stringify(data), added_at: new Date(now) })
    .onConflict((oc) => oc.column('year').doUpdateSet({ data: JSON.stringify(data), added_at: new Date(now) }))
    .execute()
}

export async function listHolidayUpdates(db: Db, since: number): Promise<{ year: number; data: unknown }[]> {
  return db
    .selectFrom('holiday_calendar_updates')
    .select(['year', 'data'])
    .where('year', '>=', since)
    .orderBy('year')
    .execute()
}
