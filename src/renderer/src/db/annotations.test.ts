import 'fake-indexeddb/auto'
import Dexie from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'
import type { Annotation } from '@shared/annotation'
import { StartLookup } from './annotations'
import { ThemataDb } from './db'

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
