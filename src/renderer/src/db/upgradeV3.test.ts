import 'fake-indexeddb/auto'
import Dexie from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'
import { ThemataDb } from './db'

/** Version 2's schema exactly as it shipped. */
function versionTwo(name: string): Dexie {
  const db = new Dexie(name)
  db.version(2).stores({
    documents: 'id, &contentHash, openedAt, importedAt, *setIds',
    contents: 'documentId',
    tags: 'id, order',
    annotations: 'id, documentId, *tagIds',
    settings: 'key',
    sets: 'id, order'
  })
  return db
}

const passage = (id: string, documentId: string, start: number, tagIds: string[]): Record<string, unknown> => ({
  id,
  documentId,
  start,
  end: start + 5,
  exact: 'SOCAR',
  prefix: '',
  suffix: '',
  tagIds,
  note: id === 'p2' ? 'заметка' : '',
  createdAt: 1,
  updatedAt: 2
})
const v2Annotations = [passage('p1', 'd1', 40, ['t1']), passage('p2', 'd1', 3, []), passage('p3', 'd2', 0, ['t1', 't2']), passage('p4', 'd1', 12, ['t2'])]

const names: string[] = []
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name)
})

describe('upgrading a database written by version 2', () => {
  it('keeps every passage as it was and finds them by article in reading order', async () => {
    const name = `upgrade-v3-${Math.random()}`
    names.push(name)
    const old = versionTwo(name)
    await old.table('annotations').bulkAdd(v2Annotations)
    await old.table('sets').add({ id: 's1', name: 'Aug 2025', order: 0 })
    old.close()

    const db = new ThemataDb(name)
    expect(await db.annotations.orderBy('id').toArray()).toEqual(v2Annotations)
    expect(await db.sets.toArray()).toEqual([{ id: 's1', name: 'Aug 2025', order: 0 }])
    const inOrder = await db.annotations.where('[documentId+start]').between(['d1', Dexie.minKey], ['d1', Dexie.maxKey]).primaryKeys()
    expect(inOrder).toEqual(['p2', 'p4', 'p1'])
    expect(await db.annotations.where('[documentId+start]').equals(['d2', 0]).primaryKeys()).toEqual(['p3'])
    expect(db.verno).toBe(3)
    db.close()
  })
})
