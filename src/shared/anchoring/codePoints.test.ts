import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CodePointMap } from './codePoints'

describe('CodePointMap', () => {
  const text = 'a😀b👍🏽c' // 😀 and 👍 and 🏽 are each two UTF-16 units
  const map = new CodePointMap(text)

  it('counts code points as Array.from does', () => {
    expect(map.length).toBe(Array.from(text).length)
    expect(map.length).toBe(6)
  })

  it('converts both ways around astral characters', () => {
    expect([0, 1, 3, 4, 6, 8, 9].map((u) => map.toCodePoints(u))).toEqual([0, 1, 2, 3, 4, 5, 6])
    expect([0, 1, 2, 3, 4, 5, 6].map((c) => map.toUtf16(c))).toEqual([0, 1, 3, 4, 6, 8, 9])
    expect(map.toUtf16(7)).toBeNull()
  })

  it('tells offsets inside a surrogate pair apart', () => {
    expect(map.isBoundary(2)).toBe(false)
    expect(map.isBoundary(3)).toBe(true)
    expect(map.isBoundary(10)).toBe(false)
  })

  it('counts a lone surrogate as one code point', () => {
    const lone = new CodePointMap('a\ud800b')
    expect(lone.length).toBe(3)
    expect(lone.toUtf16(2)).toBe(2)
  })

  it('round-trips every boundary of arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const map = new CodePointMap(text)
        let codePoints = 0
        for (let u = 0; u <= text.length; u++) {
          if (!map.isBoundary(u)) continue
          expect(map.toCodePoints(u)).toBe(codePoints)
          expect(map.toUtf16(codePoints)).toBe(u)
          codePoints++
        }
        expect(codePoints - 1).toBe(Array.from(text).length)
      })
    )
  })
})
