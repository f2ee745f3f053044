/**
 * Operator tool: add (or correct) one year's 放假安排 so the app picks it up from
 * GET /v1/holiday-calendar without a release.
 *   npm run add-holiday-year -- 2027.json        (uses DATABASE_URL, else DATA_DIR / .data/pglite)
 * The file is one record { year, papers: [notice URL], days: [{ date, name, isOffDay }] },
 * validated with the same schema the app uses; nothing is written if it does not parse.
 */
import { readFileSync } from 'node:fs'
import { openDatabase } from '../src/db/database.ts'
import { migrateToLatest } from '../src/db/migrate.ts'
import { parseHolidayYear } from '../src/holidays.ts'
import { upsertHolidayYear } from '../src/repositories/holidays.ts'

const file = process.argv[2]
if (!file) {
  console.error('usage: npm run add-holiday-year -- <year.json>')
  process.exit(2)
}
let raw: unknown
try {
  raw = JSON.parse(readFileSync(file, 'utf8'))
} catch (err) {
  console.error(`${file}: cannot read JSON: ${(err as Error).message}`)
  process.exit(2)
}
const parsed = parseHolidayYear(raw)
if (!parsed.ok) {
  console.error(`${file}: not a valid holiday year:\n  ${parsed.issues.join('\n  ')}`)
  process.exit(1)
}
const url = process.env.DATABASE_URL
const db = openDatabase(url ? { kind: 'postgres', url } : { kind: 'pglite', dataDir: process.env.DATA_DIR ?? '.data/pglite' })
const migrated = await migrateToLatest(db)
if (!migrated.ok) {
  console.error('database migration failed', migrated.error)
  process.exit(1)
}
await upsertHolidayYear(db, parsed.value.year, parsed.value, Date.now())
await db.destroy()
console.log(`holiday year ${parsed.value.year} stored (${parsed.value.days.length} days, ${parsed.value.papers.length} notice URL(s))`)
