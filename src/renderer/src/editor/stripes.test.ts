import { describe, expect, it } from 'vitest'
import type { Annotation, Tag } from '@shared/annotation'
import { HighlightIndex } from './highlightIndex'
import { NO_THEME } from '@shared/stats/stripes'
import { ArticleStripes, stripeTitle, stripeWidget } from './stripes'

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
  it('keys a block’s bars so that distinct ids never share a key, whatever characters they hold', () => {
    const { stripes } = stripesOver([ann('a:red:0', 1, 8, 'red'), ann('a', 1, 8, 'red')])
    const tags = new Map([['red', tag('red', 'Red')]])
    const keyOf = (annotations: Annotation[]): string => (stripeWidget(stripes, tags, annotations, 2, 0, 10)?.spec as { key: string }).key
    expect(keyOf([ann('a:red:0', 1, 8, 'red')])).not.toBe(keyOf([ann('a', 1, 8, 'red')]))
  })

  it('puts a block’s bars in one widget that says which open, close or run on, and in which column', () => {
    const { stripes } = stripesOver([ann('a', 1, 8, 'red'), ann('b', 4, 20, 'blue')])
    const tags = new Map([
      ['red', tag('red', 'Red')],
      ['blue', tag('blue', 'Blue')]
    ])
    const first = stripeWidget(stripes, tags, [ann('a', 1, 8, 'red'), ann('b', 4, 20, 'blue')], 2, 0, 10)
    const key = (first?.spec as { key: string }).key
    expect(key).toContain('1:a:red:0:#336699:11')
    expect(key).toContain('1:b:blue:1:#336699:10')
    const second = stripeWidget(stripes, tags, [ann('b', 4, 20, 'blue')], 16, 12, 22)
    expect((second?.spec as { key: string }).key).toContain('1:b:blue:1:#336699:01')
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
