import { describe, expect, it } from 'vitest'
import { mapRows, rowRuns } from './mapRows'
import { NO_THEME } from './stripes'

const p = (start: number, end: number, ...tagIds: string[]): { start: number; end: number; tagIds: string[] } => ({ start, end, tagIds })

describe('the document map as pixel rows', () => {
  it('puts each theme in its lane, from the passage’s start to its end', () => {
    const { lanes, themes } = mapRows([p(0, 10, 'a'), p(50, 100, 'b')], 100, 10, 1, ['a', 'b'])
    expect(themes).toEqual(['a', 'b'])
    expect([...rowRuns(lanes[0] as Int32Array)]).toEqual([[0, 1, 0]])
    expect([...rowRuns(lanes[1] as Int32Array)]).toEqual([[5, 5, 1]])
  })

  it('in one lane, the later passage wins where passages meet, and a short one still shows', () => {
    const { lanes, themes } = mapRows([p(0, 60, 'a'), p(40, 41, 'b'), p(90, 90, '')], 100, 10, 1, [])
    expect(themes).toEqual(['a', 'b', NO_THEME])
    expect([...rowRuns(lanes[0] as Int32Array)]).toEqual([
      [0, 4, 0],
      [4, 1, 1],
      [5, 1, 0],
      [9, 1, 2]
    ])
  })

  it('draws nothing for an empty text or a map without height', () => {
    expect(mapRows([p(0, 1, 'a')], 0, 10, 1, []).themes).toEqual([])
    expect(mapRows([p(0, 1, 'a')], 10, 0, 1, []).themes).toEqual([])
  })
})
