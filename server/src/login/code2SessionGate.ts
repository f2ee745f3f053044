/**
 * Every login is one outbound jscode2session call, so junk codes would become calls that can get
 * the AppID throttled by WeChat. This gate bounds those calls per process: a budget a minute
 * (refill spread evenly, as a token bucket) and how many may be in flight; a caller that finds no
 * slot waits in a short queue, and one that finds neither budget nor a queue place is refused
 * (the route answers 503 wechat_busy). The budget is per process: N instances allow N times it.
 */
export interface LoginGate {
  /** A release function once the call may go out, or undefined when the caller should be refused. */
  acquire(): Promise<(() => void) | undefined>
}

export interface LoginGateOptions {
  perMinute: number
  concurrency: number
  now: () => number
  /** How long a caller may wait for a free slot (default 2 s). */
  maxWaitMs?: number
  /** How many callers may wait (default 4 × concurrency). */
  maxQueue?: number
}

export function createLoginGate(o: LoginGateOptions): LoginGate {
  const maxWaitMs = o.maxWaitMs ?? 2000
  const maxQueue = o.maxQueue ?? 4 * o.concurrency
  let tokens = o.perMinute
  let refilledAt = o.now()
  let inFlight = 0
  const waiting: { grant: (ok: boolean) => void }[] = []

  const takeBudget = (): boolean => {
    const t = o.now()
    tokens = Math.min(o.perMinute, tokens + ((t - refilledAt) * o.perMinute) / 60_000)
    refilledAt = t
    if (tokens < 1) return false
    tokens -= 1
    return true
  }
  /** A caller refused after it took budget gives it back: it made no call. */
  const refund = () => { tokens = Math.min(o.perMinute, tokens + 1) }
  const release = () => {
    inFlight--
    const next = waiting.shift()
    if (next) { inFlight++; next.grant(true) }
  }
  const once = () => {
    let done = false
    return () => { if (!done) { done = true; release() } }
  }

  return {
    async acquire() {
      if (!takeBudget()) return undefined
      if (inFlight < o.concurrency) { inFlight++; return once() }
      if (waiting.length >= maxQueue) { refund(); return undefined }
      const ok = await new Promise<boolean>((resolve) => {
        const entry = { grant: (v: boolean) => { clearTimeout(timer); resolve(v) } }
        const timer = setTimeout(() => {
          waiting.splice(waiting.indexOf(entry), 1)
          resolve(false)
        }, maxWaitMs)
        waiting.push(entry)
      })
      if (!ok) { refund(); return undefined }
      return once()
    },
  }
}
