import { describe, expect, it } from 'vitest'
import { applyRangeDelta, hasRange, isEmptyRangeDelta, rangeDeltas, rangesOf, type PlacedPassage, type RangeDelta } from './passageRanges'

const at = (id: string, documentId: string, start: number, end: number): PlacedPassage => ({ id, documentId, start, end })
const pairs = (ranges: Int32Array): number[][] => Array.from({ length: ranges.length / 2 }, (_, i) => [ranges[2 * i] as number, ranges[2 * i + 1] as number])

describe('passage ranges', () => {
  it('are kept sorted by start, then end, twins included', () => {
    const ranges = rangesOf([at('a', 'd', 40, 50), at('b', 'd', 10, 30), at('c', 'd', 10, 20), at('e', 'd', 10, 20)])
    expect(pairs(ranges)).toEqual([
      [10, 20],
      [10, 20],
      [10, 30],
      [40, 50]
    ])
    expect(hasRange(ranges, 10, 30)).toBe(true)
    expect(hasRange(ranges, 10, 25)).toBe(false)
    expect(hasRange(ranges, 40, 50)).toBe(true)
    expect(hasRange(ranges, 41, 50)).toBe(false)
    expect(hasRange(new Int32Array(0), 0, 0)).toBe(false)
  })

  it('change by a whole action: one instance of each range leaving, the new ones merged in order', () => {
    const ranges = rangesOf([at('a', 'd', 10, 20), at('b', 'd', 10, 20), at('c', 'd', 30, 40)])
    const next = applyRangeDelta(ranges, { removed: [10, 20, 99, 99], added: [35, 36, 0, 5, 30, 40] })
    expect(pairs(next)).toEqual([
      [0, 5],
      [10, 20],
      [30, 40],
      [30, 40],
      [35, 36]
    ])
  })

  it('follow creations, deletions and moves from what each passage was before the action; a retag changes nothing', () => {
    const stored = new Map([
      ['kept', at('kept', 'd1', 5, 9)],
      ['gone', at('gone', 'd2', 1, 2)]
    ])
    const changes = [
      { before: null, after: at('new', 'd1', 20, 30) },
      { before: at('kept', 'd1', 5, 9), after: at('kept', 'd1', 5, 9) },
      { before: stored.get('gone') as PlacedPassage, after: null },
      // Created, then moved within the same action: only where it ends up counts.
      { before: null, after: at('moved', 'd1', 1, 3) },
      { before: at('moved', 'd1', 1, 3), after: at('moved', 'd1', 2, 3) }
    ]
    const deltas = rangeDeltas(changes, (id) => stored.get(id))
    expect(deltas.get('d1')).toEqual({ removed: [], added: [20, 30, 2, 3] })
    expect(deltas.get('d2')).toEqual({ removed: [1, 2], added: [] })
    const retag = rangeDeltas([{ before: at('kept', 'd1', 5, 9), after: at('kept', 'd1', 5, 9) }], (id) => stored.get(id))
    expect(isEmptyRangeDelta(retag.get('d1') as RangeDelta)).toBe(true)
  })
})
