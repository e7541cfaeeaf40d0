import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Annotation } from '@shared/annotation'
import type { ImportedDocument } from '@shared/document'
import { annotationsOf } from './annotations'
import { applyChangeSet, type Change } from './changeSet'
import { ThemataDb } from './db'
import { documentCounts, listDocuments, loadContent, saveImportedDocument } from './documents'
import { lastOpened, rememberLastOpened } from './settings'
import { ensureDefaultCodebook, listTags, passageCountsByTheme, passagesWithThemes } from './tags'

/** Passage changes alone, as tagging writes them. */
const applyAnnotationChanges = (db: ThemataDb, annotations: Change<Annotation>[]): Promise<void> => applyChangeSet(db, { annotations })

const imported = (hash: string, title = 'An article'): ImportedDocument => ({
  title,
  metadata: { date: '2025-08-08' },
  blocks: [{ type: 'paragraph', text: 'Some text.' }],
  text: 'Some text.',
  fileName: `${title}.txt`,
  format: 'txt',
  contentHash: hash.padEnd(64, '0'),
  byteLength: 10
})

const annotation = (id: string, documentId: string, tagIds: string[] = ['t']): Annotation => ({
  id,
  documentId,
  start: 0,
  end: 4,
  exact: 'Some',
  prefix: '',
  suffix: ' text.',
  tagIds,
  note: '',
  createdAt: 1,
  updatedAt: 1
})

let db: ThemataDb
let n = 0
beforeEach(() => {
  db = new ThemataDb(`test-${++n}`)
})
afterEach(async () => {
  await db.delete()
})

describe('documents', () => {
  it('stores a new document with its content apart, and lists most recent first', async () => {
    const a = await saveImportedDocument(db, imported('a', 'First'), 100)
    const b = await saveImportedDocument(db, imported('b', 'Second'), 200)
    expect((await listDocuments(db)).map((d) => d.id)).toEqual([b.id, a.id])
    expect(await loadContent(db, a.id)).toEqual({ documentId: a.id, blocks: [{ type: 'paragraph', text: 'Some text.' }], text: 'Some text.' })
    expect(a).not.toHaveProperty('text')
  })

  it('the same content reopens the same document, with its passages', async () => {
    const first = await saveImportedDocument(db, imported('same'), 100)
    await applyAnnotationChanges(db, [{ before: null, after: annotation('x', first.id) }])
    const again = await saveImportedDocument(db, imported('same', 'Renamed copy'), 300)
    expect(again.id).toBe(first.id)
    expect(again.openedAt).toBe(300)
    expect(await db.documents.count()).toBe(1)
    expect((await annotationsOf(db, again.id)).map((a) => a.id)).toEqual(['x'])
  })

  it('keeps each document’s passage counts, in all and per theme, as passages are added, retagged and deleted', async () => {
    const a = await saveImportedDocument(db, imported('a'), 100)
    const b = await saveImportedDocument(db, imported('b'), 200)
    await applyAnnotationChanges(db, [
      { before: null, after: annotation('1', a.id) },
      { before: null, after: annotation('2', a.id) },
      { before: null, after: annotation('3', b.id) }
    ])
    // Retagging an existing passage does not count it twice; deleting one counts down.
    await applyAnnotationChanges(db, [{ before: annotation('1', a.id), after: annotation('1', a.id, ['t', 'u']) }])
    await applyAnnotationChanges(db, [{ before: annotation('3', b.id), after: null }])
    expect((await db.documents.get(a.id))?.passageCount).toBe(2)
    expect(await documentCounts(db, await listDocuments(db))).toEqual(
      new Map([
        [a.id, { passages: 2, themes: { t: 2, u: 1 } }],
        [b.id, { passages: 0, themes: {} }]
      ])
    )
  })

  it('counts, and then keeps, the passages of documents stored without counts', async () => {
    const a = await saveImportedDocument(db, imported('a'), 100)
    await applyAnnotationChanges(db, [
      { before: null, after: annotation('1', a.id) },
      { before: null, after: annotation('2', a.id) }
    ])
    await db.documents.update(a.id, { passageCount: undefined, themeCounts: undefined })
    await db.annotations.put(annotation('3', a.id, ['t', 'v']))
    expect(await documentCounts(db, await listDocuments(db))).toEqual(new Map([[a.id, { passages: 3, themes: { t: 3, v: 1 } }]]))
    expect(await db.documents.get(a.id)).toMatchObject({ passageCount: 3, themeCounts: { t: 3, v: 1 } })
    await applyAnnotationChanges(db, [{ before: null, after: annotation('4', a.id, ['v']) }])
    expect(await db.documents.get(a.id)).toMatchObject({ passageCount: 4, themeCounts: { t: 3, v: 2 } })
  })

  it('adds the passage ranges to documents stored with counts but before ranges were kept', async () => {
    const a = await saveImportedDocument(db, imported('a'), 100)
    await applyAnnotationChanges(db, [{ before: null, after: annotation('1', a.id) }])
    const { start, end } = annotation('1', a.id)
    await db.documents.update(a.id, { passageRanges: undefined })
    expect(await documentCounts(db, await listDocuments(db))).toEqual(new Map([[a.id, { passages: 1, themes: { t: 1 } }]]))
    expect((await db.documents.get(a.id))?.passageRanges).toEqual(Int32Array.of(start, end))
  })
})

describe('annotations', () => {
  it('applies an action as puts and deletes, found by document and by theme', async () => {
    await applyAnnotationChanges(db, [
      { before: null, after: annotation('1', 'd', ['t1', 't2']) },
      { before: null, after: annotation('2', 'd', ['t2']) }
    ])
    expect(await db.annotations.where('tagIds').equals('t2').count()).toBe(2)
    await applyAnnotationChanges(db, [{ before: annotation('1', 'd'), after: null }])
    expect((await annotationsOf(db, 'd')).map((a) => a.id)).toEqual(['2'])
  })
})

describe('codebook', () => {
  it('seeds the default themes once, and not again after the user deletes them', async () => {
    await ensureDefaultCodebook(db)
    expect((await listTags(db)).map((t) => t.name)).toEqual(['Economic pressure', 'Hybrid tactics', 'CIS'])
    await db.tags.clear()
    await ensureDefaultCodebook(db)
    expect(await listTags(db)).toEqual([])
  })

  it('reads the passages of some themes, and counts the passages of each, through the tagIds index', async () => {
    await applyAnnotationChanges(db, [
      { before: null, after: annotation('1', 'd', ['a', 'b']) },
      { before: null, after: annotation('2', 'd', ['b']) },
      { before: null, after: annotation('3', 'e', ['c']) },
      { before: null, after: annotation('4', 'e', []) }
    ])
    expect((await passagesWithThemes(db, ['a', 'b'])).map((a) => a.id).sort()).toEqual(['1', '2'])
    expect((await passagesWithThemes(db, ['c'])).map((a) => a.id)).toEqual(['3'])
    expect(await passagesWithThemes(db, [])).toEqual([])
    expect(await passageCountsByTheme(db, ['a', 'b', 'c', 'none'])).toEqual(new Map([['a', 1], ['b', 2], ['c', 1], ['none', 0]]))
  })
})

describe('settings', () => {
  it('remembers the last opened article while it is still in the library', async () => {
    expect(await lastOpened(db)).toBeNull()
    const doc = await saveImportedDocument(db, imported('last'), 100)
    await rememberLastOpened(db, doc.id)
    expect(await lastOpened(db)).toBe(doc.id)
    await db.documents.delete(doc.id)
    expect(await lastOpened(db)).toBeNull()
  })
})
