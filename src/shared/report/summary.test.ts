import { describe, expect, it } from 'vitest'
import { clampRange, formatShare, summarizeThemes, unionLength } from './summary'
import { annotation, TAGS } from './testFixtures'

describe('summarizeThemes', () => {
  const text = 'aaaa bbbb cccc dddd'
  const a = (id: string, start: number, end: number, tagIds: string[]) => ({ ...annotation(id, 'a', tagIds, '', text), start, end })

  it('counts each passage once per theme and overlapping characters once', () => {
    const s = summarizeThemes(
      TAGS,
      [a('1', 0, 4, ['t-eco', 't-eco']), a('2', 2, 9, ['t-eco', 't-cis']), a('3', 15, 19, ['t-deleted']), a('4', 10, 12, [])],
      text.length
    )
    expect(s.themes.map((t) => [t.tag.name, t.passages, t.coveredChars])).toEqual([
      ['Economic pressure', 2, 9],
      ['Hybrid tactics', 0, 0],
      ['CIS', 1, 7]
    ])
    expect(s.unknown).toMatchObject({ passages: 2, coveredChars: 6 })
    expect(s.total).toMatchObject({ passages: 4, coveredChars: 15 })
    expect(s.total.share).toBeCloseTo(15 / 19)
  })

  it('clamps offsets that fall outside the text', () => {
    expect(clampRange({ start: -5, end: 3 }, 10)).toEqual({ start: 0, end: 3 })
    expect(clampRange({ start: 8, end: 50 }, 10)).toEqual({ start: 8, end: 10 })
    expect(clampRange({ start: 7, end: 2 }, 10)).toEqual({ start: 7, end: 7 })
    expect(clampRange({ start: Number.NaN, end: Number.NaN }, 10)).toEqual({ start: 0, end: 0 })
    expect(summarizeThemes(TAGS, [a('x', 0, 99, ['t-eco'])], 0).total.share).toBe(0)
  })

  it('measures unions and formats shares with one decimal', () => {
    expect(unionLength([{ start: 5, end: 10 }, { start: 0, end: 3 }, { start: 2, end: 6 }, { start: 7, end: 8 }])).toBe(10)
    expect(unionLength([])).toBe(0)
    expect(formatShare(1 / 3)).toBe('33.3%')
    expect(formatShare(0)).toBe('0.0%')
    expect(formatShare(1)).toBe('100.0%')
  })
})
