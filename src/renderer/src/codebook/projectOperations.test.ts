import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Annotation, Tag } from '@shared/annotation'
import { applyChangeSet, type ChangeSet } from '../db/changeSet'
import { ThemataDb } from '../db/db'
import { saveImportedDocument } from '../db/documents'
import { listTags, passageCountsByTheme, passagesWithThemes } from '../db/tags'
import { History } from '../history/history'
import { createTheme, editTheme, isRefusal, moveTheme, type Operation, type Outcome } from './operations'
import { deleteImpactInProject, deleteInProject, mergeInProject } from './projectOperations'

const tag = (id: string, name: string, parentId: string | null, order: number, shortcut: number | null = null): Tag => ({
  id,
  name,
  color: '#d97706',
  description: '',
  memo: '',
  parentId,
  order,
  shortcut
})

const TAGS = [tag('econ', 'Economic pressure', null, 0, 1), tag('sanc', 'Sanctions', 'econ', 0, 4), tag('hybrid', 'Hybrid tactics', null, 1, 2), tag('cis', 'CIS', null, 2, 3)]

let db: ThemataDb
let n = 0
let history: History
let docs: string[]
const read = (ids: readonly string[]) => passagesWithThemes(db, ids)

const passage = (id: string, documentId: string, tagIds: string[], note = ''): Annotation => ({
  id,
  documentId,
  start: 0,
  end: 4,
  exact: 'Some',
  prefix: '',
  suffix: '',
  tagIds,
  note,
  createdAt: 1,
  updatedAt: 1
})

/** The project as stored: the codebook by id and every passage's themes, and each document's passage count. */
async function stored(): Promise<{ tags: Tag[]; passages: Record<string, string[]>; counts: (number | undefined)[] }> {
  const passages = Object.fromEntries((await db.annotations.toArray()).map((a) => [a.id, a.tagIds]))
  const counts = await Promise.all(docs.map(async (id) => (await db.documents.get(id))?.passageCount))
  return { tags: (await listTags(db)).sort((a, b) => a.id.localeCompare(b.id)), passages, counts }
}

function ok(outcome: Outcome): Operation {
  if (isRefusal(outcome)) throw new Error(outcome.error)
  return outcome
}

/** Commits, then checks that undo brings back exactly what was stored before and redo what was stored after. */
async function commitUndoRedo(op: Operation): Promise<void> {
  const before = await stored()
  history.commit(op.label, op.changes)
  await history.flushed()
  const after = await stored()
  expect(after).not.toEqual(before)
  history.undo()
  await history.flushed()
  expect(await stored()).toEqual(before)
  history.redo()
  await history.flushed()
  expect(await stored()).toEqual(after)
}

beforeEach(async () => {
  db = new ThemataDb(`codebook-test-${++n}`)
  const seen: ChangeSet[] = []
  history = new History({
    persist: (changes) => applyChangeSet(db, changes),
    applyInMemory: (changes) => void seen.push(changes),
    onPersistError: (error) => {
      throw error
    }
  })
  const imported = (hash: string) => ({
    title: hash,
    metadata: {},
    blocks: [{ type: 'paragraph' as const, text: 'Some text.' }],
    text: 'Some text.',
    fileName: `${hash}.txt`,
    format: 'txt' as const,
    contentHash: hash.padEnd(64, '0'),
    byteLength: 10
  })
  docs = [(await saveImportedDocument(db, imported('a'))).id, (await saveImportedDocument(db, imported('b'))).id]
  await applyChangeSet(db, {
    tags: TAGS.map((t) => ({ before: null, after: t })),
    annotations: [
      passage('p1', docs[0] as string, ['sanc']),
      passage('p2', docs[0] as string, ['sanc', 'econ']),
      passage('p3', docs[1] as string, ['cis', 'sanc'], 'A note.'),
      passage('p4', docs[1] as string, ['cis']),
      passage('p5', docs[1] as string, ['hybrid'])
    ].map((a) => ({ before: null, after: a }))
  })
})

afterEach(async () => {
  await db.delete()
})

describe('codebook operations in a project', () => {
  it('merge: every passage of the merged theme, in every article, gets the target once; undo and redo restore exactly', async () => {
    const op = ok(await mergeInProject(read, TAGS, 'sanc', 'econ', 50))
    expect(op.changes.annotations?.map((c) => c.after?.id).sort()).toEqual(['p1', 'p2', 'p3'])
    await commitUndoRedo(op)
    const after = await stored()
    expect(after.passages).toEqual({ p1: ['econ'], p2: ['econ'], p3: ['cis', 'econ'], p4: ['cis'], p5: ['hybrid'] })
    expect(after.tags.map((t) => t.id)).toEqual(['cis', 'econ', 'hybrid'])
    expect(await passageCountsByTheme(db, ['econ', 'sanc', 'cis'])).toEqual(new Map([['econ', 3], ['sanc', 0], ['cis', 2]]))
    expect(after.counts).toEqual([2, 3])
  })

  it('delete: passages lose the theme, those left with nothing are deleted and counted down; undo brings them back', async () => {
    expect(await deleteImpactInProject(read, 'cis')).toEqual({ carrying: 2, deleted: 1 })
    const op = ok(await deleteInProject(read, TAGS, 'cis', 50))
    await commitUndoRedo(op)
    const after = await stored()
    expect(after.passages).toEqual({ p1: ['sanc'], p2: ['sanc', 'econ'], p3: ['sanc'], p5: ['hybrid'] })
    expect(after.counts).toEqual([2, 2])
    history.undo()
    await history.flushed()
    expect((await stored()).counts).toEqual([2, 3])
  })

  it('delete by merging keeps every passage', async () => {
    const op = ok(await mergeInProject(read, TAGS, 'cis', 'hybrid', 50, 'Delete theme “CIS” (merged into “Hybrid tactics”)'))
    await commitUndoRedo(op)
    expect((await stored()).passages).toEqual({ p1: ['sanc'], p2: ['sanc', 'econ'], p3: ['hybrid', 'sanc'], p4: ['hybrid'], p5: ['hybrid'] })
  })

  it('create, rename, recolour, rekey and move are each one undoable step', async () => {
    const created = createTheme(TAGS, { name: 'Cyber', parentId: 'hybrid', shortcut: 3 }, 'cyber')
    if (isRefusal(created)) throw new Error(created.error)
    await commitUndoRedo(created)
    let tags = await listTags(db)
    expect(tags.find((t) => t.id === 'cis')?.shortcut).toBeNull()
    await commitUndoRedo(ok(editTheme(tags, 'cyber', { name: 'Cyber attacks', color: '#0080a0', shortcut: 1 })))
    tags = await listTags(db)
    expect(tags.filter((t) => t.shortcut === 1).map((t) => t.name)).toEqual(['Cyber attacks'])
    await commitUndoRedo(ok(moveTheme(tags, 'cyber', null, 0)))
    tags = await listTags(db)
    expect(tags.filter((t) => t.parentId === null).sort((a, b) => a.order - b.order).map((t) => t.id)).toEqual(['cyber', 'econ', 'hybrid', 'cis'])
  })
})
