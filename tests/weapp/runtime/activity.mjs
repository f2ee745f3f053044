/**
 * What the app still has going on, so a test can wait until it is idle: the sandbox's timers (with
 * WeChat's numeric ids), the harness's own deferred callbacks, fake wx operations in flight, and
 * those that wait for the person (a modal, a permission popup), which idleness does not wait for.
 */
import { performance } from 'node:perf_hooks'

/** Timers further away than this do not keep settle() waiting (a 10 s request timeout, a poll). */
const SHORT_TIMER_MS = 100
const SETTLE_LIMIT_MS = 20_000

/** @param {(label: string, fn: () => unknown) => unknown} guard  runs app code, recording what it throws */
export function createActivity(guard) {
  const timers = new Map()
  let ids = 0
  let inFlight = 0
  let waiting = 0

  function schedule(fn, ms, repeat, label) {
    const id = ++ids
    const run = () => guard(label, fn)
    const handle = repeat ? setInterval(run, ms) : setTimeout(() => { timers.delete(id); run() }, ms)
    timers.set(id, { due: performance.now() + ms, handle, repeat })
    return id
  }
  const clear = (id) => {
    const t = timers.get(id)
    if (t) { clearTimeout(t.handle); clearInterval(t.handle); timers.delete(id) }
  }

  return {
    /** Runs fn later inside the guard (fake wx callbacks, setData callbacks, onReady). */
    later: (fn, ms = 0) => schedule(fn, ms, false, 'harness callback'),
    /** setTimeout / setInterval / clear… as the sandbox sees them. */
    timerGlobals: {
      setTimeout: (fn, ms = 0, ...args) => schedule(() => fn(...args), Number(ms) || 0, false, 'setTimeout callback'),
      setInterval: (fn, ms = 0, ...args) => schedule(() => fn(...args), Number(ms) || 0, true, 'setInterval callback'),
      clearTimeout: clear,
      clearInterval: clear
    },
    track: (op) => { inFlight++; op.finally(() => { inFlight-- }) },
    waitForUser: (p) => { waiting++; return p.finally(() => { waiting-- }) },
    /** Resolves once nothing is in flight and no timer is due soon, three checks in a row. */
    async idle() {
      const deadline = performance.now() + SETTLE_LIMIT_MS
      let quietRounds = 0
      while (quietRounds < 3) {
        await new Promise((r) => setImmediate(r))
        const busyTimers = [...timers.values()].some((t) => !t.repeat && t.due - performance.now() <= SHORT_TIMER_MS)
        quietRounds = inFlight - waiting > 0 || busyTimers ? 0 : quietRounds + 1
        if (busyTimers) await new Promise((r) => setTimeout(r, 1))
        if (performance.now() > deadline) throw new Error(`the app did not settle in ${SETTLE_LIMIT_MS} ms (${inFlight - waiting} operations in flight)`)
      }
    },
    stop() {
      for (const id of [...timers.keys()]) clear(id)
    }
  }
}
