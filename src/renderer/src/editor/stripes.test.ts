import { describe, expect, it } from 'vitest'
import type { Annotation, Tag } from '@shared/annotation'
import { segmentize } from '@shared/anchoring/segments'
import { HighlightIndex } from './highlightIndex'
import { NO_THEME } from '@shared/stats/stripes'
import { anchorKey, anchorNames, ArticleStripes, stripeTitle, stripeWidget } from './stripes'

// Blocks of 10 characters each, separated by two: starts 0, 12, 24.
const starts = [0, 12, 24]
const ann = (id: string, start: number, end: number, ...tagIds: string[]): Annotation => ({
  id,
  documentId: 'd',
  start,
  end,
  exact: `quote of ${id}`,
  prefix: '',
  suffix: '',
  tagIds,
  note: '',
  createdAt: 0,
  updatedAt: 0
})
const tag = (id: string, name: string): Tag => ({ id, name, color: '#336699', description: '', memo: '', parentId: null, order: 0, shortcut: null })

function stripesOver(annotations: Annotation[]): { stripes: ArticleStripes; index: HighlightIndex } {
  const index = new HighlightIndex(starts, annotations)
  const stripes = new ArticleStripes(index)
  stripes.load(['red', 'blue'])
  return { stripes, index }
}

describe('coding stripes in the editor', () => {
  it('names the segments where passages start and end, for their bars to anchor to', () => {
    const a = ann('a', 1, 8, 'red')
    const b = ann('b', 4, 20, 'blue')
    const names = segmentize([a, b], 0, 10).map((segment) => anchorNames(segment))
    // Segments [1, 4), [4, 8), [8, 10): a starts in the first and ends in the second; b starts in the second and runs on.
    expect(names).toEqual(['; anchor-name: --s-a', '; anchor-name: --e-a, --s-b', ''])
    expect(segmentize([b, a], 0, 10).map((segment) => anchorNames(segment))).toEqual(names)
  })

  it('turns any id into a CSS name, the same every time and distinct for distinct ids', () => {
    expect(anchorKey('1f3c482c-039d-4d9a')).toBe('1f3c482c-039d-4d9a')
    expect(anchorKey('urn:x/y_1')).toBe('urn_3a_x_2f_y_5f_1')
    expect(anchorKey('a_5f_')).not.toBe(anchorKey('a_'))
  })

  it('puts a block’s bars in one widget that says which open, close or run on, and in which column', () => {
    const { stripes } = stripesOver([ann('a', 1, 8, 'red'), ann('b', 4, 20, 'blue')])
    const tags = new Map([
      ['red', tag('red', 'Red')],
      ['blue', tag('blue', 'Blue')]
    ])
    const first = stripeWidget(stripes, tags, [ann('a', 1, 8, 'red'), ann('b', 4, 20, 'blue')], 2, 0, 10)
    const key = (first?.spec as { key: string }).key
    expect(key).toContain('a:red:0:#336699:11')
    expect(key).toContain('b:blue:1:#336699:10')
    const second = stripeWidget(stripes, tags, [ann('b', 4, 20, 'blue')], 16, 12, 22)
    expect((second?.spec as { key: string }).key).toContain('b:blue:1:#336699:01')
    expect(stripeWidget(stripes, tags, [], 28, 24, 34)).toBeNull()
  })

  it('titles a bar with its theme and the start of its quote, long quotes cut', () => {
    const tags = new Map([['red', tag('red', 'Red')]])
    expect(stripeTitle({ exact: 'quote of a' }, 'red', tags)).toBe('Red — “quote of a”')
    expect(stripeTitle({ exact: `${'word '.repeat(40)}` }, 'red', tags)).toBe(`Red — “${'word '.repeat(12).slice(0, 57)}…”`)
    expect(stripeTitle({ exact: 'x' }, NO_THEME, tags)).toBe('No theme — “x”')
    expect(stripeTitle({ exact: 'x' }, 'gone', tags)).toBe('Unknown theme — “x”')
  })

  it('takes the margin the columns need, and none when hidden', () => {
    const { stripes } = stripesOver([ann('a', 1, 8, 'red'), ann('b', 2, 9, 'red'), ann('c', 3, 5, 'blue')])
    expect(stripes.layout.columns).toBe(3)
    expect(stripes.geometry()).toEqual({ pitch: 6, gutter: 28 })
    stripes.shown = false
    expect(stripes.geometry().gutter).toBe(0)
  })
})
