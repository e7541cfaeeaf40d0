import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { QuoteIndex } from './quoteIndex'

/** Every occurrence by brute force: the oracle. */
function everyOccurrence(text: string, quote: string): number[] {
  const found: number[] = []
  for (let at = 0; at + quote.length <= text.length; at++) if (text.startsWith(quote, at)) found.push(at)
  return found
}

describe('QuoteIndex', () => {
  it('finds every occurrence, overlapping ones too', () => {
    const index = new QuoteIndex('the gas route, the gas route, the gas route again; aaaaaaaaaaaa')
    expect(index.occurrences('the gas route')).toEqual([0, 15, 30])
    expect(index.occurrences('aaaaaaaaaa')).toEqual([51, 52, 53])
    expect(index.occurrences('gas')).toEqual([4, 19, 34])
    expect(index.occurrences('not in the text at all')).toEqual([])
  })

  it('agrees with a brute-force search on arbitrary texts and quotes', () => {
    const alphabet = fc.constantFrom('a', 'b', ' ', 'ab', 'é', '😀')
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 120 }).map((p) => p.join('')), fc.nat(), fc.nat({ max: 30 }), (text, from, length) => {
        const start = text.length === 0 ? 0 : from % text.length
        const quote = text.slice(start, start + length)
        expect(new QuoteIndex(text).occurrences(quote)).toEqual(quote === '' ? [] : everyOccurrence(text, quote))
      })
    )
  })
})
