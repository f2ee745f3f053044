// 从各步的日志里数出测试个数（Jest 的 "Tests:" 行，node --test 的 pass/fail 行），npm test 最后一行报总数。

/**
 * Tests counted in one step's log.
 * @example countTests('Tests:       1 failed, 2 skipped, 40 passed, 43 total') // → { passed: 40, failed: 1, skipped: 2 }
 * @example countTests('ℹ pass 12\nℹ fail 0\nℹ skipped 1') // → { passed: 12, failed: 0, skipped: 1 }
 */
export function countTests(log) {
  const total = { passed: 0, failed: 0, skipped: 0 }
  for (const line of log.split('\n')) {
    const jest = line.match(/^Tests:\s+(.*\d+ total)\s*$/)
    if (jest) {
      for (const [, n, kind] of jest[1].matchAll(/(\d+) (passed|failed|skipped|todo)/g)) total[kind === 'todo' ? 'skipped' : kind] += Number(n)
      continue
    }
    // node --test: "ℹ pass 12" (spec reporter) or "# pass 12" (TAP, when the output is not a terminal)
    const node = line.match(/^(?:ℹ|#) (pass|fail|skipped|todo|cancelled) (\d+)\s*$/)
    if (node) total[{ pass: 'passed', fail: 'failed', cancelled: 'failed' }[node[1]] ?? 'skipped'] += Number(node[2])
  }
  return total
}

/** Adds up counts. */
export function addCounts(counts) {
  return counts.reduce((a, c) => ({ passed: a.passed + c.passed, failed: a.failed + c.failed, skipped: a.skipped + c.skipped }),
    { passed: 0, failed: 0, skipped: 0 })
}
