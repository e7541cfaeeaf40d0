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

describe('themeGroupsOf', () => {
  const ids = (groups: ReturnType<typeof themeGroupsOf>): [string, string[]][] => groups.map((g) => [g.key, g.passages.map((p) => p.id)])

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
