/**
 * Asks chinese-days (dev dependency, reference only) in a child process pinned to
 * TZ=Asia/Shanghai. Under TZ=America/Los_Angeles chinese-days 1.5.7 shifts its weekday logic by
 * one day but not its holiday table (seen here, fact sheet §16), so calling it in-process would
 * make the cross-check depend on the machine's zone: exactly what our own code must not do.
 * Every call passes 'YYYY-MM-DD' strings.
 */
import { execFileSync } from 'node:child_process'

export type OracleDay = { date: string; holiday: boolean; workday: boolean; inLieu: boolean }
export type OracleLunarYear = { year: number; newYear: string; newYearsEve: string; dragonBoat: string; midAutumn: string; qingming: string }

const script = `
const cd = require('chinese-days')
const [from, to, lunarFrom, lunarTo] = JSON.parse(process.argv[1])
const pad = (n) => String(n).padStart(2, '0')
const days = []
for (let t = Date.UTC(from, 0, 1); t <= Date.UTC(to, 11, 31); t += 864e5) {
  const d = new Date(t)
  const date = d.getUTCFullYear() + '-' + pad(d.getUTCMonth() + 1) + '-' + pad(d.getUTCDate())
  days.push({ date, holiday: cd.isHoliday(date), workday: cd.isWorkday(date), inLieu: cd.isInLieu(date) })
}
const lunar = []
for (let y = lunarFrom; y <= lunarTo; y++) {
  const eve = cd.getLunarFestivals(y + '-01-15', y + '-02-25').find((f) => f.name.includes('除夕'))
  const qm = cd.getSolarTerms(y + '-04-01', y + '-04-10').find((t) => t.name === '清明')
  lunar.push({
    year: y,
    newYear: cd.getSolarDateFromLunar(y + '-01-01').date,
    newYearsEve: eve ? eve.date : null,
    dragonBoat: cd.getSolarDateFromLunar(y + '-05-05').date,
    midAutumn: cd.getSolarDateFromLunar(y + '-08-15').date,
    qingming: qm ? qm.date : null,
  })
}
process.stdout.write(JSON.stringify({ days, lunar }))
`

/** Day flags for every day of [fromYear, toYear] and lunar festivals for [lunarFrom, lunarTo]. */
export function askChineseDays(fromYear: number, toYear: number, lunarFrom: number, lunarTo: number): { days: OracleDay[]; lunar: OracleLunarYear[] } {
  const out = execFileSync(process.execPath, ['-e', script, JSON.stringify([fromYear, toYear, lunarFrom, lunarTo])], {
    env: { ...process.env, TZ: 'Asia/Shanghai' },
    cwd: __dirname,
    maxBuffer: 16 * 1024 * 1024,
  })
  return JSON.parse(out.toString('utf8'))
}
