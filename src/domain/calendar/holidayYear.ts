/**
 * 一年的放假安排（holiday-cn 格式）的 zod 结构。Calendar data is data: bundled years and any newer
 * year loaded at run time go through this schema, so a malformed record fails loudly on load.
 */
import * as z from 'zod/mini'
import { isValidPlainDate } from './plainDate'

const plainDateSchema = z.string().check(z.refine(isValidPlainDate, 'not_a_real_date'))

const holidayDaySchema = z.object({
  date: plainDateSchema,
  /** 节日名称, e.g. '春节'. */
  name: z.string().check(z.minLength(1), z.maxLength(20)),
  /** true = 放假 (rest day); false = 调休上班 (make-up workday). */
  isOffDay: z.boolean(),
})

/** One State Council 放假安排: the notice's URL(s) in `papers` as the audit trail. */
export const holidayYearSchema = z.object({
  year: z.number().check(z.int(), z.gte(2000), z.lte(2100)),
  papers: z.array(z.string().check(z.regex(/^https?:\/\/\S+$/))).check(z.minLength(1)),
  days: z.array(holidayDaySchema).check(
    z.refine((days) => new Set(days.map((d) => d.date)).size === days.length, 'duplicate_date'),
  ),
}).check(
  // A block may start in the previous year (元旦 on a weekend) or end in the next; nothing further.
  z.refine((y) => y.days.every((d) => Math.abs(Number(d.date.slice(0, 4)) - y.year) <= 1), 'date_outside_year'),
)

export type HolidayYear = {
  year: number
  papers: string[]
  days: { date: string; name: string; isOffDay: boolean }[]
}

/**
 * Parses untrusted holiday data (e.g. a newer year fetched at run time) without throwing.
 * @example parseHolidayYear({ year: 2027, papers: [], days: [] }).ok // false: no notice URL
 */
export function parseHolidayYear(input: unknown): { ok: true; value: HolidayYear } | { ok: false; issues: string[] } {
  const result = holidayYearSchema.safeParse(input)
  if (result.success) return { ok: true, value: result.data }
  return { ok: false, issues: result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) }
}
