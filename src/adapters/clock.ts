import { beijingToday } from '@/domain/calendar/plainDate'

let nowMs: () => number = () => Date.now()

/** 当前时刻（毫秒）。应用里只有这里读时钟。 */
export function now(): number {
  return nowMs()
}

/** 北京时间的今天，'YYYY-MM-DD'，与手机所在时区无关。 */
export function today(): string {
  return beijingToday(nowMs())
}

/** 测试里把时钟固定在某一时刻；传 null 恢复真实时钟。 */
export function setClockForTests(fixedMs: number | null): void {
  nowMs = fixedMs === null ? () => Date.now() : () => fixedMs
}
