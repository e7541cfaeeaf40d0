import { describe, expect, it } from 'vitest'
import type { Annotation } from '@shared/annotation'
import { HighlightIndex } from './highlightIndex'

// Blocks of 10 characters each, separated by two: starts 0, 12, 24, 36.
const starts = [0, 12, 24, 36]
const ann = (id: string, start: number, end: number): Annotation => ({
  id,
  documentId: 'd',
  start,
  end,
  exact: '',
  prefix: '',
  suffix: '',
  tagIds: [],
  note: '',
  createdAt: 0,
  updatedAt: 0
})

describe('HighlightIndex', () => {
  it('finds annotations by the blocks they touch, including ones spanning blocks', () => {
    const index = new HighlightIndex(starts, [ann('a', 1, 5), ann('b', 14, 30), ann('c', 37, 40)])
    expect(index.inBlocks(0, 0).map((a) => a.id)).toEqual(['a'])
    expect(index.inBlocks(1, 1).map((a) => a.id)).toEqual(['b'])
    expect(index.inBlocks(2, 2).map((a) => a.id)).toEqual(['b'])
    expect(index.inBlocks(1, 3).map((a) => a.id).sort()).toEqual(['b', 'c'])
  })

  it('an annotation ending at a block end stays in that block only', () => {
    const index = new HighlightIndex(starts, [ann('a', 12, 22)])
    expect(index.blockRange(ann('a', 12, 22))).toEqual([1, 1])
    expect(index.inBlocks(2, 2)).toEqual([])
  })

  it('replaces and removes annotations everywhere they were', () => {
    const index = new HighlightIndex(starts, [ann('a', 1, 30)])
    index.put(ann('a', 37, 39))
    expect(index.inBlocks(0, 2)).toEqual([])
    expect(index.inBlocks(3, 3).map((a) => a.id)).toEqual(['a'])
    index.remove('a')
    expect(index.size).toBe(0)
    expect(index.inBlocks(0, 3)).toEqual([])
  })
})

describe('HighlightIndex reading order', () => {
  it('keeps every annotation sorted by start, end and id through loads, puts and removes', () => {
    const index = new HighlightIndex(starts, [ann('c', 20, 25), ann('a', 1, 5)])
    index.load([ann('b', 1, 3), ann('a', 30, 31)])
    expect(index.all().map((a) => a.id)).toEqual(['b', 'a', 'c'])
    index.put(ann('d', 1, 5))
    index.put(ann('a', 37, 39))
    expect(index.all().map((a) => `${a.id}@${a.start}`)).toEqual(['b@1', 'd@1', 'c@20', 'a@37'])
    index.remove('d')
    expect(index.all().map((a) => a.id)).toEqual(['b', 'c', 'a'])
    expect(index.inBlocks(3, 3).map((a) => a.id)).toEqual(['a'])
  })
})
