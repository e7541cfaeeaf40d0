import { describe, expect, it } from 'vitest'
import type { Annotation, Tag } from '@shared/annotation'
import { HighlightIndex } from '../editor/highlightIndex'
import { themeGroupsOf, type ThemeGroup } from './groupByTheme'

/** The plain definition of the panel's groups, from any list of passages: what themeGroupsOf must equal. */
function groupByTheme(annotations: readonly Annotation[], tags: readonly Tag[]): ThemeGroup[] {
  const sorted = [...annotations].sort((a, b) => a.start - b.start || a.end - b.end)
  const byTag = new Map<string, Annotation[]>(tags.map((t) => [t.id, []]))
  const untagged: Annotation[] = []
  for (const a of sorted) {
    let placed = false
    for (const id of a.tagIds) {
      const list = byTag.get(id)
      if (list) {
        list.push(a)
        placed = true
      }
    }
    if (!placed) untagged.push(a)
  }
  const groups: ThemeGroup[] = tags.map((tag) => ({ key: tag.id, tag, passages: byTag.get(tag.id) as Annotation[] }))
  if (untagged.length > 0) groups.push({ key: 'untagged', tag: null, passages: untagged })
  return groups
}

const tag = (id: string, order: number): Tag => ({ id, name: id.toUpperCase(), color: '#000000', description: '', memo: '', parentId: null, order, shortcut: null })
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

const ids = (groups: ReturnType<typeof themeGroupsOf>): [string, string[]][] => groups.map((g) => [g.key, g.passages.map((p) => p.id)])
const span = (id: string, start: number, end: number, tagIds: string[]): Annotation => ({ ...ann(id, start, tagIds), end })

describe('themeGroupsOf, against written-out groups', () => {
  const x = tag('x', 0)
  const y = tag('y', 1)
  const z = tag('z', 2)

  it('lists each passage under every theme it has, in reading order, themes in codebook order', () => {
    const index = new HighlightIndex([0], [ann('late', 50, ['x']), ann('both', 10, ['x', 'y']), ann('early', 1, ['y'])])
    expect(ids(themeGroupsOf(index, [x, y, z]))).toEqual([
      ['x', ['both', 'late']],
      ['y', ['early', 'both']],
      ['z', []]
    ])
    expect(themeGroupsOf(index, [x, y, z]).map((g) => g.tag)).toEqual([x, y, z])
  })

  it('keeps codebook order whatever order a passage lists its themes in, or the index met them', () => {
    // z is met first and every passage names its themes back to front.
    const index = new HighlightIndex([0], [ann('c', 30, ['z']), ann('b', 20, ['z', 'y', 'x']), ann('a', 10, ['y', 'x'])])
    expect(ids(themeGroupsOf(index, [x, y, z]))).toEqual([
      ['x', ['a', 'b']],
      ['y', ['a', 'b']],
      ['z', ['b', 'c']]
    ])
    // The codebook's order is the order it is given in: reordered themes, reordered groups.
    expect(ids(themeGroupsOf(index, [z, x, y])).map(([key]) => key)).toEqual(['z', 'x', 'y'])
  })

  it('orders passages that start together by end, then by id', () => {
    const index = new HighlightIndex([0], [span('long', 5, 40, ['x']), span('short-b', 5, 9, ['x']), span('short-a', 5, 9, ['x']), span('first', 2, 90, ['x'])])
    expect(ids(themeGroupsOf(index, [x]))).toEqual([['x', ['first', 'short-a', 'short-b', 'long']]])
  })

  it('gathers note-only passages and those whose every theme left the codebook, in reading order, last', () => {
    const index = new HighlightIndex([0], [ann('memo', 40, []), ann('orphan', 9, ['gone']), ann('half', 20, ['gone', 'x']), ann('two-gone', 30, ['gone', 'lost'])])
    expect(ids(themeGroupsOf(index, [x]))).toEqual([
      ['x', ['half']],
      ['untagged', ['orphan', 'two-gone', 'memo']]
    ])
    expect(themeGroupsOf(index, [x]).at(-1)?.tag).toBeNull()
  })

  it('has no "No theme" group when every passage has a known theme, and only that group with no codebook', () => {
    const index = new HighlightIndex([0], [ann('a', 1, ['x']), ann('b', 2, ['y'])])
    expect(ids(themeGroupsOf(index, [x, y]))).toEqual([
      ['x', ['a']],
      ['y', ['b']]
    ])
    expect(ids(themeGroupsOf(index, []))).toEqual([['untagged', ['a', 'b']]])
    expect(themeGroupsOf(new HighlightIndex([0]), [x])).toEqual([{ key: 'x', tag: x, passages: [] }])
  })

  it('follows retagging, removing, and a theme leaving and returning to the codebook', () => {
    const index = new HighlightIndex([0], [ann('a', 1, ['x']), ann('b', 2, ['y']), ann('c', 3, ['x', 'y'])])
    index.put(ann('a', 1, ['y']))
    index.remove('c')
    index.put(ann('d', 0, []))
    expect(ids(themeGroupsOf(index, [x, y]))).toEqual([
      ['x', []],
      ['y', ['a', 'b']],
      ['untagged', ['d']]
    ])
    expect(ids(themeGroupsOf(index, [x]))).toEqual([
      ['x', []],
      ['untagged', ['d', 'a', 'b']]
    ])
    expect(ids(themeGroupsOf(index, [x, y]))).toEqual([
      ['x', []],
      ['y', ['a', 'b']],
      ['untagged', ['d']]
    ])
  })
})

describe('themeGroupsOf', () => {

  it('gives the same groups as groupByTheme, following puts and removes', () => {
    const tags = [tag('x', 0), tag('y', 1), tag('z', 2)]
    const all = [ann('late', 50, ['x']), ann('both', 10, ['x', 'y']), ann('early', 1, ['y']), ann('memo', 5, []), ann('orphan', 9, ['gone'])]
    const index = new HighlightIndex([0], all)
    expect(ids(themeGroupsOf(index, tags))).toEqual(ids(groupByTheme(all, tags)))
    index.put(ann('mid', 20, ['z', 'x']))
    index.remove('early')
    index.put(ann('memo', 5, ['y']))
    const now = [ann('late', 50, ['x']), ann('both', 10, ['x', 'y']), ann('memo', 5, ['y']), ann('orphan', 9, ['gone']), ann('mid', 20, ['z', 'x'])]
    expect(ids(themeGroupsOf(index, tags))).toEqual(ids(groupByTheme(now, tags)))
    expect(ids(themeGroupsOf(index, tags)).at(-1)).toEqual(['untagged', ['orphan']])
  })
})
