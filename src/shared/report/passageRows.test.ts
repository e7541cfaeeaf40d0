import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isoSecondsFormatter } from './passageRows'

describe('isoSecondsFormatter', () => {
  it('writes any date of years 0–9999 as toISOString does, to the second, in any order of days', () => {
    const isoSeconds = isoSecondsFormatter()
    fc.assert(
      fc.property(fc.date({ min: new Date('0000-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59.999Z'), noInvalidDate: true }), (date) => {
        expect(isoSeconds(date)).toBe(`${date.toISOString().slice(0, 19)}Z`)
      }),
      { numRuns: 5000 }
    )
  })

  it('writes nothing for an unknown date', () => {
    expect(isoSecondsFormatter()(new Date(Number.NaN))).toBe('')
  })
})
