import { describe, expect, it } from 'vitest'
import { invert, type ChangeSet } from '../db/changeSet'
import type { ArticleSet, DocumentRecord } from '../db/db'
import { createSetChange, deleteSetChange, membershipChange, orderedSets, renameSetChange, SetNameError } from './articleSets'

const record = (id: string, setIds: string[] = []): DocumentRecord => ({
  id,
  contentHash: id.padEnd(64, '0'),
  title: id,
  fileName: `${id}.txt`,
  format: 'txt',
  metadata: {},
  byteLength: 1,
  charCount: 1,
  importedAt: 0,
  openedAt: 0,
  memo: '',
  setIds
})

/** Applies a change set to lists in memory, as the history's appliers do. */
function apply<T extends { id: string }>(list: readonly T[], changes: ChangeSet['sets'] | ChangeSet['documents']): T[] {
  const byId = new Map(list.map((x) => [x.id, x]))
  for (const { before, after } of (changes ?? []) as { before: T | null; after: T | null }[]) {
    if (after) byId.set(after.id, after)
    else if (before) byId.delete(before.id)
  }
  return [...byId.values()]
}

const aug: ArticleSet = { id: 'aug', name: 'Aug 2025', order: 0 }
const ru: ArticleSet = { id: 'ru', name: 'Russian-language press', order: 1 }

describe('article sets', () => {
  it('creates a set at the end under a clean, unique name', () => {
    const { set, changes } = createSetChange([aug, ru], '  Sept   2025 ', 'sep')
    expect(set).toEqual({ id: 'sep', name: 'Sept 2025', order: 2 })
    expect(changes).toEqual({ sets: [{ before: null, after: set }] })
    expect(() => createSetChange([aug], 'aug 2025')).toThrow('There is already a set called “Aug 2025”.')
    expect(() => createSetChange([aug], '  ')).toThrow(SetNameError)
    expect(() => createSetChange([aug], 'x'.repeat(81))).toThrow('Set names are limited to 80 characters.')
  })

  it('renames a set, allowing a change of case, refusing another set’s name', () => {
    expect(renameSetChange([aug, ru], 'aug', 'AUG 2025')).toEqual({ sets: [{ before: aug, after: { ...aug, name: 'AUG 2025' } }] })
    expect(renameSetChange([aug, ru], 'aug', 'Aug 2025')).toEqual({})
    expect(() => renameSetChange([aug, ru], 'aug', 'russian-language press')).toThrow(SetNameError)
  })

  it('adds articles to a set and takes them out, touching only those that change, undoably', () => {
    const documents = [record('a', ['aug']), record('b'), record('c', ['ru'])]
    const add = membershipChange(documents, ['a', 'b', 'c'], 'aug', true)
    expect(add.documents?.map((c) => c.after?.id)).toEqual(['b', 'c'])
    const added = apply(documents, add.documents)
    expect(added.map((d) => d.setIds)).toEqual([['aug'], ['aug'], ['ru', 'aug']])
    const removed = apply(added, membershipChange(added, ['c'], 'aug', false).documents)
    expect(removed.map((d) => d.setIds)).toEqual([['aug'], ['aug'], ['ru']])
    expect(apply(added, invert(add).documents)).toEqual(documents)
    expect(membershipChange(documents, ['a'], 'aug', true)).toEqual({})
  })

  it('deletes a set and takes it off its articles, which stay; undo puts both back', () => {
    const documents = [record('a', ['aug', 'ru']), record('b', ['ru']), record('c')]
    const changes = deleteSetChange([aug, ru], documents, 'ru')
    const sets = apply([aug, ru], changes.sets)
    const docs = apply(documents, changes.documents)
    expect(sets).toEqual([aug])
    expect(docs.map((d) => [d.id, d.setIds])).toEqual([
      ['a', ['aug']],
      ['b', []],
      ['c', []]
    ])
    const undone = invert(changes)
    expect(orderedSets(apply(sets, undone.sets))).toEqual([aug, ru])
    expect(apply(docs, undone.documents)).toEqual(documents)
  })
})
