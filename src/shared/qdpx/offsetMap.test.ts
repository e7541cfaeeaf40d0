import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { importDocument } from '../import/index'
import { offsetMap } from './offsetMap'
import { codePointOffsets } from './positionUnit'

async function canonicalOf(raw: string): Promise<string> {
  return (await importDocument(new TextEncoder().encode(raw), 'x.txt', {})).text
}

/** Whitespace folded as the importer folds it (blocks become one space here). */
const folded = (text: string): string => text.replace(/\u00ad/g, '').replace(/[\s\p{Cc}]+/gu, ' ').trim()

describe('raw positions → canonical positions', () => {
  it('carries positions inside words exactly and moves ends off the whitespace between them', async () => {
    const raw = 'Title\r\n\r\nOne\t two\u00a0 thr\u00adee\r\nfour'
    const canonical = await canonicalOf(raw)
    expect(canonical).toBe('Title\n\nOne two three four')
    const map = offsetMap(raw, canonical)
    const at = (s: number, e: number) => canonical.slice(map.start(s), map.end(e))
    expect(at(raw.indexOf('One'), raw.indexOf('two') + 3)).toBe('One two')
    // A selection starting in whitespace starts at the next word; ending in whitespace, after the last one.
    expect(at(raw.indexOf('\t'), raw.indexOf('thr') - 1)).toBe('two')
    // The soft hyphen is gone from the text; a selection across it is still the whole word.
    expect(at(raw.indexOf('thr'), raw.indexOf('ee') + 2)).toBe('three')
    expect(at(raw.indexOf('ee'), raw.length)).toBe('ee four')
    expect(at(0, raw.length)).toBe(canonical)
    expect(map.start(raw.length)).toBe(canonical.length)
    expect(map.end(0)).toBe(0)
  })

  it('keeps words after a dropped date line on their own place, even where a dropped word repeats', async () => {
    const raw = 'date 2025-08-08 dated report\n\n2025-08-08 was dated.'
    const canonical = await canonicalOf(raw)
    expect(canonical).toBe('dated report\n\n2025-08-08 was dated.')
    const map = offsetMap(raw, canonical)
    const last = raw.lastIndexOf('2025-08-08')
    expect(canonical.slice(map.start(last), map.end(raw.length))).toBe('2025-08-08 was dated.')
    expect(canonical.slice(map.start(raw.indexOf('dated')), map.end(raw.indexOf('report') + 6))).toBe('dated report')
  })

  it('property: any raw range maps onto the same words', async () => {
    const piece = fc.constantFrom('a', 'bc', 'é', 'e\u0301', '😀', 'ش', ' ', '\t', '\u00a0', '\r\n', '\n\n', '\u00ad', '—')
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { minLength: 1, maxLength: 60 }), fc.nat(), fc.nat(), async (pieces, x, y) => {
        const raw = pieces.join('')
        if (folded(raw) === '') return
        const canonical = await canonicalOf(raw)
        const map = offsetMap(raw, canonical)
        const points = codePointOffsets(raw)
        const [s, e] = [points[x % points.length] as number, points[y % points.length] as number].sort((a, b) => a - b) as [number, number]
        const start = map.start(s)
        const end = map.end(e)
        if (folded(raw.slice(s, e)) === '') expect(start >= end || folded(canonical.slice(start, end)) === '').toBe(true)
        else expect(folded(canonical.slice(start, end))).toBe(folded(raw.slice(s, e)))
      }),
      { numRuns: 300 }
    )
  })

  it('refuses a canonical text that is not made from the raw one', () => {
    expect(() => offsetMap('alpha beta', 'alpha gamma')).toThrow(/not in the source text/)
  })
})
