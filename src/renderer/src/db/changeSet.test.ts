import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Annotation } from '@shared/annotation'
import type { ImportedDocument } from '@shared/document'
import { applyChangeSet, invert, type ChangeSet } from './changeSet'
import { ThemataDb, type DocumentRecord } from './db'
import { removalChange, saveImportedDocument } from './documents'

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

const imported = (hash: string, title: string): ImportedDocument => ({
  title,
  metadata: {},
  blocks: [{ type: 'paragraph', text: 'Gas, oil and pressure.' }],
  text: 'Gas, oil and pressure.',
  fileName: `${title}.txt`,
  format: 'txt',
  contentHash: hash.padEnd(64, '0'),
  byteLength: 22
})

const tagged = (id: string, documentId: string, tagIds: string[], note = ''): Annotation => ({
  id,
  documentId,
  start: 0,
  end: 3,
  exact: 'Gas',
  prefix: '',
  suffix: ', oil',
  tagIds,
  note,
  createdAt: 1,
  updatedAt: 1
})

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

async function everything(): Promise<unknown> {
  return {
    documents: await db.documents.orderBy('id').toArray(),
    contents: await db.contents.orderBy('documentId').toArray(),
    annotations: await db.annotations.orderBy('id').toArray()
  }
}

describe('removing an article', () => {
  it('takes its record, text and passages in one change set, and undoing it puts back exactly what was there', async () => {
    const a = await saveImportedDocument(db, imported('a', 'Pipeline'), 100)
    const b = await saveImportedDocument(db, imported('b', 'Summit'), 200)
    await applyChangeSet(db, {
      annotations: [
        { before: null, after: tagged('1', a.id, ['econ', 'hybrid'], 'a note') },
        { before: null, after: tagged('2', a.id, ['econ']) },
        { before: null, after: tagged('3', b.id, ['cis']) }
      ]
    })
    const before = await everything()

    const removal = await removalChange(db, a.id)
    expect(removal?.annotations).toHaveLength(2)
    await applyChangeSet(db, removal ?? {})
    expect(await db.documents.get(a.id)).toBeUndefined()
    expect(await db.contents.get(a.id)).toBeUndefined()
    expect(await db.annotations.where('documentId').equals(a.id).count()).toBe(0)
    expect(await db.documents.get(b.id)).toMatchObject({ passageCount: 1, themeCounts: { cis: 1 } })

    await applyChangeSet(db, invert(removal ?? {}))
    expect(await everything()).toEqual(before)
    expect(await db.documents.get(a.id)).toMatchObject({ passageCount: 2, themeCounts: { econ: 2, hybrid: 1 } })
  })

  it('is nothing for an article no longer stored', async () => {
    expect(await removalChange(db, 'gone')).toBeNull()
  })
})

describe('document changes', () => {
  it('keep the stored counts and opening time: undoing an old memo edit never brings back old counts', async () => {
    const a = await saveImportedDocument(db, imported('a', 'Pipeline'), 100)
    // The record as the library held it when the memo was written: its counts are out of date.
    const held: DocumentRecord = { ...a, passageCount: 7, themeCounts: { old: 7 }, openedAt: 1 }
    await applyChangeSet(db, { annotations: [{ before: null, after: tagged('1', a.id, ['econ']) }] })
    const memoEdit = { documents: [{ before: held, after: { ...held, memo: 'Check the figures.' } }] }
    await applyChangeSet(db, memoEdit)
    expect(await db.documents.get(a.id)).toMatchObject({ memo: 'Check the figures.', passageCount: 1, themeCounts: { econ: 1 }, openedAt: 100 })

    await applyChangeSet(db, { annotations: [{ before: null, after: tagged('2', a.id, ['cis']) }] })
    await applyChangeSet(db, invert(memoEdit))
    expect(await db.documents.get(a.id)).toMatchObject({ memo: '', passageCount: 2, themeCounts: { econ: 1, cis: 1 }, openedAt: 100 })
  })

  it('count passages per theme through retagging, undo and redo, leaving out themes with none', async () => {
    const a = await saveImportedDocument(db, imported('a', 'Pipeline'), 100)
    const tag = { annotations: [{ before: null, after: tagged('1', a.id, ['econ']) }] }
    const retag = { annotations: [{ before: tagged('1', a.id, ['econ']), after: tagged('1', a.id, ['hybrid', 'cis']) }] }
    await applyChangeSet(db, tag)
    await applyChangeSet(db, retag)
    expect((await db.documents.get(a.id))?.themeCounts).toEqual({ hybrid: 1, cis: 1 })
    await applyChangeSet(db, invert(retag))
    expect((await db.documents.get(a.id))?.themeCounts).toEqual({ econ: 1 })
    // Applying the same change twice (a change already stored) counts it once.
    await applyChangeSet(db, tag)
    expect(await db.documents.get(a.id)).toMatchObject({ passageCount: 1, themeCounts: { econ: 1 } })
    await applyChangeSet(db, invert(tag))
    expect(await db.documents.get(a.id)).toMatchObject({ passageCount: 0, themeCounts: {} })
  })
})
