import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Annotation } from '@shared/annotation'
import { applyChangeSet, invert, type ChangeSet } from './changeSet'
import { ThemataDb, type DocumentRecord } from './db'

const doc = (id: string, passageCount: number): DocumentRecord => ({
  id,
  contentHash: id.padEnd(64, '0'),
  title: id,
  fileName: `${id}.txt`,
  format: 'txt',
  metadata: {},
  byteLength: 10,
  charCount: 10,
  importedAt: 1,
  openedAt: 1,
  passageCount,
  memo: '',
  setIds: []
})
const passage = (id: string, documentId: string): Annotation => ({ id, documentId, start: 0, end: 4, exact: 'Some', prefix: '', suffix: '', tagIds: ['t'], note: '', createdAt: 1, updatedAt: 1 })

let db: ThemataDb
let n = 0
beforeEach(() => {
  db = new ThemataDb(`changes-${++n}`)
})
afterEach(async () => {
  await db.delete()
})

describe('change sets', () => {
  it('removing an article with its passages, and undoing it, restores every record and the count', async () => {
    const d = doc('d', 0)
    await applyChangeSet(db, { documents: [{ before: null, after: d }], contents: [{ before: null, after: { documentId: 'd', blocks: [], text: 'Some text' } }] })
    await applyChangeSet(db, { annotations: [passage('a', 'd'), passage('b', 'd')].map((after) => ({ before: null, after })) })
    const stored = (await db.documents.get('d')) as DocumentRecord
    expect(stored.passageCount).toBe(2)
    const removal: ChangeSet = {
      documents: [{ before: stored, after: null }],
      contents: [{ before: { documentId: 'd', blocks: [], text: 'Some text' }, after: null }],
      annotations: [passage('a', 'd'), passage('b', 'd')].map((before) => ({ before, after: null }))
    }
    await applyChangeSet(db, removal)
    expect(await db.documents.count()).toBe(0)
    expect(await db.annotations.count()).toBe(0)
    await applyChangeSet(db, invert(removal))
    expect(await db.documents.get('d')).toEqual(stored)
    expect(await db.annotations.count()).toBe(2)
    expect(await db.contents.get('d')).toEqual({ documentId: 'd', blocks: [], text: 'Some text' })
  })

  it('writes all of a change set or none of it', async () => {
    await applyChangeSet(db, { documents: [{ before: null, after: doc('d', 0) }] })
    const broken = { ...passage('b', 'd'), id: undefined } as unknown as Annotation
    await expect(applyChangeSet(db, { annotations: [{ before: null, after: passage('a', 'd') }], tags: [{ before: null, after: broken as never }] })).rejects.toThrow()
    expect(await db.annotations.count()).toBe(0)
    expect((await db.documents.get('d'))?.passageCount).toBe(0)
  })
})
