/**
 * 放假安排的更新：国务院每年 11 月前后公布下一年的安排，运营者把它加到提醒服务上
 * （server: npm run add-holiday-year），手机在启动时取回、校验、保存；此后的期限马上按新安排计算，
 * 不再标“节假日安排未公布”，也不必等新版本。取不到时照旧用内置的年份。
 */
import { apiRequest } from '@/adapters/request'
import type { KeyValueStore } from '@/adapters/storage'
import { bundledHolidayYears, createHolidayCalendar, defaultHolidayCalendar, parseHolidayYear, type HolidayCalendar, type HolidayYear } from '@/domain/calendar/holidayCalendar'

const STORAGE_KEY = 'yingsu:holidayUpdates:v1'

/** 存着的更新里能通过校验的年份（坏的一条忽略，不影响其它年份）。 */
function storedUpdates(store: KeyValueStore): HolidayYear[] {
  const raw = store.get(STORAGE_KEY)
  if (!Array.isArray(raw)) return []
  return raw.flatMap((item) => {
    const parsed = parseHolidayYear(item)
    return parsed.ok ? [parsed.value] : []
  })
}

let cached: { key: string; calendar: HolidayCalendar } | undefined

/** 内置年份加上取回的更新（同一年以更新为准）。首页每次显示都会调用，所以按存储内容缓存。 */
export function currentHolidayCalendar(store: KeyValueStore): HolidayCalendar {
  const updates = storedUpdates(store)
  if (updates.length === 0) return defaultHolidayCalendar()
  const key = JSON.stringify(updates)
  if (cached?.key !== key) {
    const byYear = new Map(bundledHolidayYears.map((y) => [y.year, y]))
    for (const year of updates) byYear.set(year.year, year)
    cached = { key, calendar: createHolidayCalendar([...byYear.values()]) }
  }
  return cached.calendar
}

const sameYear = (a: HolidayYear, b: HolidayYear | undefined) => b !== undefined && JSON.stringify(a) === JSON.stringify(b)

/**
 * 从提醒服务取回放假安排，保存与内置数据不同的年份（新的年份，或运营者更正过的年份）。
 * 失败时什么也不改，返回原因。
 */
export async function refreshHolidayCalendar(store: KeyValueStore): Promise<{ ok: true; years: number[] } | { ok: false; code: string }> {
  const res = await apiRequest('GET', '/v1/holiday-calendar')
  if (!res.ok) return { ok: false, code: res.code }
  const listed = (res.data as { years?: unknown } | undefined)?.years
  if (!Array.isArray(listed)) return { ok: false, code: 'bad_response' }
  const bundled = new Map(bundledHolidayYears.map((y) => [y.year, y]))
  const updates = listed.flatMap((item) => {
    const parsed = parseHolidayYear(item)
    return parsed.ok && !sameYear(parsed.value, bundled.get(parsed.value.year)) ? [parsed.value] : []
  })
  store.set(STORAGE_KEY, updates)
  return { ok: true, years: updates.map((y) => y.year) }
}
