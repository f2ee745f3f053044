/**
 * Fixed one-window counters per key, held in this process, for budgets too small to be worth a
 * database round trip (refused pushes per address). Bounded: at most `maxKeys` keys per window.
 */
export interface WindowCounter {
  /** Counts one for `key`; returns the count in the current window (after counting). */
  hit(key: string): number
  /** The count in the current window, without counting. */
  count(key: string): number
}

export function createWindowCounter(windowMs: number, now: () => number, maxKeys = 10_000): WindowCounter {
  let windowStart = -Infinity
  let counts = new Map<string, number>()
  const roll = () => {
    const t = now()
    if (t - windowStart >= windowMs) { windowStart = t; counts = new Map() }
  }
  return {
    hit(key) {
      roll()
      const n = (counts.get(key) ?? 0) + 1
      // A flood of distinct keys cannot grow the map without bound; such a key counts as over.
      if (!counts.has(key) && counts.size >= maxKeys) return Number.MAX_SAFE_INTEGER
      counts.set(key, n)
      return n
    },
    count(key) {
      roll()
      return counts.get(key) ?? 0
    },
  }
}
