/**
 * The advice golden set (issue 17): every scenario's must-codes appear and its must-not codes do not.
 * Runs in three time zones with the other domain tests. README.md lists who wrote each scenario from which article.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { adviceFor } from './harness'
import { allScenarios } from './scenarios'

describe(`the advice golden set (TZ=${process.env.TZ ?? 'unset'})`, () => {
  const readme = readFileSync(join(__dirname, 'README.md'), 'utf8')

  test('scenario ids are unique', () => {
    const ids = allScenarios.map((s) => s.id)
    expect(new Set(ids).size).toBe(ids.length)
  })

  describe.each(allScenarios.map((s) => [s.id, s] as const))('%s', (id, scenario) => {
    test('names its articles and its author, and the README lists it', () => {
      expect(scenario.restsOn.length).toBeGreaterThan(0)
      expect(scenario.author).not.toBe('')
      expect(readme).toContain(id)
    })

    test(scenario.summary, () => {
      const advice = adviceFor(scenario.facts, scenario.today)
      for (const code of scenario.must) expect({ code, present: advice.has(code) }).toEqual({ code, present: true })
      for (const code of scenario.mustNot) expect({ code, present: advice.has(code) }).toEqual({ code, present: false })
    })
  })
})
