import { parseCaseNumber } from '../../src/domain/case/caseNumber'
import { goldenCaseNumbers } from './golden/caseNumbers.golden'

describe('parseCaseNumber golden table', () => {
  it.each(goldenCaseNumbers.map((g) => [g.input, g] as const))('parses %j', (_input, golden) => {
    const result = parseCaseNumber(golden.input)
    if (typeof golden.expect === 'string') expect(result).toEqual({ ok: false, code: golden.expect })
    else expect(result).toEqual({ ok: true, value: golden.expect })
  })

  it('parses its own normalised output to the same value', () => {
    for (const g of goldenCaseNumbers) {
      const first = parseCaseNumber(g.input)
      if (first.ok) expect(parseCaseNumber(first.value.normalized)).toEqual(first)
    }
  })
})
