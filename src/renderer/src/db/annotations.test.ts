import 'fake-indexeddb/auto'
import Dexie from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'
import type { Annotation } from '@shared/annotation'
import { rangesOf } from '@shared/corpus/passageRanges'
import { passageRangesOf, passagesAt, StartLookup } from './annotations'
import { ThemataDb, type DocumentRecord } from './db'

const names: string[] = []
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name)
})

const passage = (id: string, documentId: string, start: number, end: number): Annotation => ({
  id,
  documentId,
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

describe('looking up passages by where they start', () => {
  it('finds every stored passage that starts at one of the places, once, and no other', async () => {
    const db = new ThemataDb(`starting-${Math.random()}`)
    names.push(db.name)
    await db.annotations.bulkAdd([passage('a', 'd1', 10, 20), passage('b', 'd1', 10, 30), passage('c', 'd1', 11, 20), passage('d', 'd2', 10, 20)])
    const lookup = new StartLookup(db)
    lookup.add('d1', 10)
    lookup.add('d2', 99)
    lookup.add('d1', 10)
    expect((await lookup.done()).map((a) => a.id).sort()).toEqual(['a', 'b'])
    expect(await new StartLookup(db).done()).toEqual([])
    db.close()
  })
})

describe('finding the passages already at autocode’s ranges', () => {
  it('looks up only the ranges an article’s record says have a passage, and every range of an article without ranges', async () => {
    const db = new ThemataDb(`at-${Math.random()}`)
    names.push(db.name)
    const record = (id: string, passageRanges?: Int32Array): DocumentRecord => ({
      id,
      contentHash: id.repeat(8),
      title: id,
      fileName: `${id}.txt`,
      format: 'txt',
      metadata: {},
      byteLength: 1,
      charCount: 1,
      importedAt: 1,
      openedAt: 1,
      memo: '',
      setIds: [],
      ...(passageRanges ? { passageRanges } : {})
    })
    // d1's record knows a passage at [10, 20) and one at [30, 40): 'hidden' at [50, 60) is not in it.
    await db.documents.bulkAdd([record('d1', rangesOf([{ start: 10, end: 20 }, { start: 30, end: 40 }])), record('d2')])
    await db.annotations.bulkAdd([passage('a', 'd1', 10, 20), passage('b', 'd1', 30, 40), passage('hidden', 'd1', 50, 60), passage('c', 'd2', 5, 9)])
    const found = await passagesAt(
      db,
      [
        { documentId: 'd1', start: 10, end: 20 },
        { documentId: 'd1', start: 30, end: 35 },
        { documentId: 'd1', start: 50, end: 60 },
        { documentId: 'd2', start: 5, end: 7 }
      ],
      await passageRangesOf(db, ['d1', 'd2'])
    )
    expect(found.map((a) => a.id).sort()).toEqual(['a', 'c'])
    db.close()
  })
})
