import { describe, expect, it } from 'vitest'
import { matchApprox, matchExact, ScanAllowance } from './matchQuote'
import { QuoteIndex } from './quoteIndex'

const TEXT =
  'Officials said the gas route was closed. Analysts said the gas route would reopen within weeks, ' +
  'while the ministry denied that any pressure had been applied to the partners in Baku and Ankara.'

describe('matchExact', () => {
  const index = new QuoteIndex(TEXT)

  it('chooses among repeats by prefix and suffix, then by the expected position', () => {
    const second = TEXT.indexOf('the gas route', 20)
    expect(matchExact(index, 'the gas route', { prefix: 'Analysts said ', suffix: ' would' })).toMatchObject({ start: second, errors: 0 })
    expect(matchExact(index, 'the gas route', { hint: second + 3 })).toMatchObject({ start: second })
    expect(matchExact(index, 'the gas route', { hint: 0 })).toMatchObject({ start: TEXT.indexOf('the gas route') })
  })
})

describe('matchApprox', () => {
  const edited = TEXT.replace('denied that any pressure had been applied', 'denied that pressure was applied')
  const quote = 'the ministry denied that any pressure had been applied to the partners in Baku'
  const expected = 'the ministry denied that pressure was applied to the partners in Baku'

  it('finds the edited passage by searching the whole text', () => {
    const match = matchApprox(new QuoteIndex(edited), quote, { prefix: 'within weeks, while ' })
    expect(edited.slice(match?.start, match?.end)).toBe(expected)
  })

  it('finds it through the index alone once the scan allowance is spent', () => {
    // Without a full scan the budget is what the index can vouch for: 8 errors for these 79 characters.
    const lightly = TEXT.replace('had been applied', 'was applied')
    const allowance = new ScanAllowance(0)
    const match = matchApprox(new QuoteIndex(lightly), quote, { prefix: 'within weeks, while ' }, allowance)
    expect(lightly.slice(match?.start, match?.end)).toBe('the ministry denied that any pressure was applied to the partners in Baku')
    expect(allowance.remaining).toBe(0)
  })

  it('refuses a match whose surroundings agree with neither prefix nor suffix', () => {
    expect(matchApprox(new QuoteIndex(edited), quote, { prefix: 'Völlig anderer Text davor: ', suffix: ' — und danach auch.' })).toBeNull()
  })
})
