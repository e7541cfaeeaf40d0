import 'fake-indexeddb/auto'
import Dexie from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'
import type { Annotation } from '@shared/annotation'
import { applyChangeSet } from '../db/changeSet'
import { ThemataDb, type DocumentRecord } from '../db/db'
import { PassageCatalog } from './passageCatalog'

const names: string[] = []
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name)
})

function passage(id: string, documentId: string, start: number, tagIds: string[]): Annotation {
  return { id, documentId, start, end: start + 4, exact: 'text', prefix: '', suffix: '', tagIds, note: '', createdAt: 1, updatedAt: 1 }
}

function document(id: string): DocumentRecord {
  return { id, contentHash: id.repeat(8), title: id, fileName: `${id}.txt`, format: 'txt', metadata: {}, byteLength: 1, charCount: 1, importedAt: 1, openedAt: 1, memo: '', setIds: [] }
}

async function project(): Promise<ThemataDb> {
  const db = new ThemataDb(`catalog-${Math.random()}`)
  names.push(db.name)
  await db.documents.bulkAdd([document('d1'), document('d2')])
  await db.tags.bulkAdd(['econ', 'cis'].map((id, order) => ({ id, name: id, color: '#000000', description: '', memo: '', parentId: null, order, shortcut: null })))
  await db.annotations.bulkAdd([passage('a', 'd1', 50, ['econ']), passage('b', 'd1', 10, ['econ', 'cis']), passage('c', 'd2', 0, ['cis']), passage('d', 'd1', 30, [])])
  return db
}

const ids = (catalog: PassageCatalog, slots: Iterable<number>): string[] => [...slots].filter((s) => catalog.alive(s)).map((s) => catalog.id(s))

describe('the passage catalog', () => {
  it('reads each article’s passages in reading order and each theme’s passages, from the indexes', async () => {
    const catalog = await PassageCatalog.load(await project())
    expect(catalog.size).toBe(4)
    expect(ids(catalog, catalog.slotsOf('d1'))).toEqual(['b', 'd', 'a'])
    expect(ids(catalog, catalog.slotsOf('d2'))).toEqual(['c'])
    expect(ids(catalog, catalog.members('econ')).sort()).toEqual(['a', 'b'])
    expect(ids(catalog, catalog.members('cis')).sort()).toEqual(['b', 'c'])
    expect(catalog.documentId(catalog.slot('c') as number)).toBe('d2')
  })

  it('follows retagging, deleting and adding, and rereads the order of articles that gained passages', async () => {
    const db = await project()
    const catalog = await PassageCatalog.load(db)
    const a = (await db.annotations.get('a')) as Annotation
    const c = (await db.annotations.get('c')) as Annotation
    const added = passage('e', 'd1', 20, ['cis'])
    const changes = [
      { before: a, after: { ...a, tagIds: ['cis'] } },
      { before: c, after: null },
      { before: null, after: added }
    ]
    catalog.apply(changes)
    expect(ids(catalog, catalog.members('econ'))).toEqual(['b'])
    expect(ids(catalog, catalog.members('cis')).sort()).toEqual(['a', 'b', 'e'])
    expect(catalog.alive(catalog.slot('e') as number)).toBe(true)
    expect(catalog.slot('c')).toBeUndefined()
    expect(catalog.needsRefresh).toBe(true)

    await applyChangeSet(db, { annotations: changes })
    await catalog.refresh()
    expect(catalog.needsRefresh).toBe(false)
    expect(ids(catalog, catalog.slotsOf('d1'))).toEqual(['b', 'e', 'd', 'a'])
    expect(ids(catalog, catalog.slotsOf('d2'))).toEqual([])
  })

  it('gives a passage deleted and restored (undo) a place again', async () => {
    const db = await project()
    const catalog = await PassageCatalog.load(db)
    const b = (await db.annotations.get('b')) as Annotation
    catalog.apply([{ before: b, after: null }])
    catalog.apply([{ before: null, after: b }])
    await catalog.refresh()
    expect(ids(catalog, catalog.slotsOf('d1'))).toEqual(['b', 'd', 'a'])
    expect(ids(catalog, catalog.members('econ')).sort()).toEqual(['a', 'b'])
  })
})
