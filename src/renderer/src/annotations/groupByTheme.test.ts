import { describe, expect, it } from 'vitest'
import type { Annotation, Tag } from '@shared/annotation'
import { groupByTheme } from './groupByTheme'

const tag = (id: string, order: number): Tag => ({ id, name: id.toUpperCase(), color: '#000000', description: '', order })
const ann = (id: string, start: number, tagIds: string[]): Annotation => ({
  id,
  documentId: 'd',
  start,
  end: start + 3,
  exact: id,
  prefix: '',
  suffix: '',
  tagIds,
  note: '',
  createdAt: 0,
  updatedAt: 0
})

describe('groupByTheme', () => {
  it('lists each passage under every theme it has, in reading order, themes in codebook order', () => {
    const groups = groupByTheme([ann('late', 50, ['x']), ann('both', 10, ['x', 'y']), ann('early', 1, ['y'])], [tag('x', 0), tag('y', 1), tag('z', 2)])
    expect(groups.map((g) => [g.tag?.id, g.passages.map((p) => p.id)])).toEqual([
      ['x', ['both', 'late']],
      ['y', ['early', 'both']],
      ['z', []]
    ])
  })

  it('puts passages with no known theme in their own group', () => {
    const groups = groupByTheme([ann('memo', 5, []), ann('orphan', 9, ['gone'])], [tag('x', 0)])
    expect(groups.at(-1)).toMatchObject({ key: 'untagged', tag: null })
    expect(groups.at(-1)?.passages.map((p) => p.id)).toEqual(['memo', 'orphan'])
  })
})
