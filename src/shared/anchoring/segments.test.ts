import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { segmentize, type Span } from './segments'

const span = (id: string, start: number, end: number): Span => ({ id, start, end })

describe('segmentize', () => {
  it('cuts overlapping spans into segments listing every span that covers them', () => {
    const segments = segmentize([span('a', 0, 10), span('b', 5, 15)])
    expect(segments.map((s) => [s.start, s.end, s.spans.map((x) => x.id).join('+')])).toEqual([
      [0, 5, 'a'],
      [5, 10, 'a+b'],
      [10, 15, 'b']
    ])
  })

  it('leaves gaps uncovered and clips to the window', () => {
    const segments = segmentize([span('a', 0, 4), span('b', 8, 12)], 2, 10)
    expect(segments.map((s) => [s.start, s.end])).toEqual([
      [2, 4],
      [8, 10]
    ])
  })

  it('keeps nested spans in the order given', () => {
    const segments = segmentize([span('inner', 3, 4), span('outer', 0, 10)])
    expect(segments.find((s) => s.start === 3)?.spans.map((s) => s.id)).toEqual(['inner', 'outer'])
  })

  it('covers exactly the union of the spans, each point with exactly its spans', () => {
    const rangeArb = fc.tuple(fc.nat(60), fc.nat(20))
    fc.assert(
      fc.property(fc.array(rangeArb, { maxLength: 12 }), (ranges) => {
        const spans = ranges.map(([start, length], i) => span(`s${i}`, start, start + length + 1))
        const segments = segmentize(spans)
        for (let x = 0; x < 90; x++) {
          const expected = spans.filter((s) => s.start <= x && x < s.end).map((s) => s.id).sort()
          const seg = segments.find((s) => s.start <= x && x < s.end)
          expect(seg ? seg.spans.map((s) => s.id).sort() : []).toEqual(expected)
        }
      })
    )
  })
})
