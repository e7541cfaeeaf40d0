/**
 * Storage that fills up in the middle of tagging: a Dexie middleware makes writes to one table fail
 * with a QuotaExceededError, after others in the same change set have gone through. Nothing of that
 * change set may reach storage, what is in memory stays, the user gets one clear sentence, and once
 * there is room the next change writes both, in order.
 */
import 'fake-indexeddb/auto'
import type { DBCore, Middleware } from 'dexie'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Annotation } from '@shared/annotation'
import { History } from '../history/history'
import { applyChangeSet, type ChangeSet } from './changeSet'
import { ThemataDb, type DocumentRecord } from './db'
import { describeSaveError, isQuotaError } from './storageErrors'

const doc: DocumentRecord = {
  id: 'd1', contentHash: 'd'.repeat(64), title: 'Corridor', fileName: 'corridor.txt', format: 'txt', metadata: {},
  byteLength: 80, charCount: 80, importedAt: 1, openedAt: 1, passageCount: 0, memo: '', setIds: []
}
const passage = (id: string, start: number): Annotation => ({
  id, documentId: 'd1', start, end: start + 4, exact: 'word', prefix: '', suffix: '', tagIds: ['t1'], note: '', createdAt: 1, updatedAt: 1
})

/** Makes every write to `table` fail as a full disk does, while `full()` says so. */
function quotaOn(table: string, full: () => boolean): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'quota',
    create: (down) => ({
      ...down,
      table: (name) => {
        const inner = down.table(name)
        return {
          ...inner,
          mutate: (request) =>
            name === table && full() ? Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')) : inner.mutate(request)
        }
      }
    })
  }
}

async function everything(db: ThemataDb): Promise<unknown> {
  return { documents: await db.documents.toArray(), annotations: await db.annotations.toArray() }
}

let db: ThemataDb
let full = false
let n = 0
beforeEach(async () => {
  full = false
  db = new ThemataDb(`storage-failure-${++n}`)
  // Passages are written before the document's passage count: the failure comes half-way.
  db.use(quotaOn('documents', () => full))
  await db.documents.add(doc)
})
afterEach(async () => {
  await db.delete()
})

describe('a full disk in the middle of tagging', () => {
  it('writes nothing of the change, keeps it in memory, says so once, and saves it with the next change once there is room', async () => {
    const inMemory: Annotation[] = []
    const messages: string[] = []
    const history = new History({
      persist: (changes) => applyChangeSet(db, changes),
      applyInMemory: (changes: ChangeSet) => {
        for (const { after } of changes.annotations ?? []) if (after) inMemory.push(after)
      },
      onPersistError: (error) => messages.push(describeSaveError(error))
    })
    const stored = await everything(db)

    full = true
    history.commit('Tag passages', { annotations: [passage('p1', 0), passage('p2', 10), passage('p3', 20)].map((after) => ({ before: null, after })) })
    await history.flushed()
    expect(await everything(db)).toEqual(stored)
    expect(inMemory.map((a) => a.id)).toEqual(['p1', 'p2', 'p3'])
    expect(history.saving).toBe(true)
    expect(history.undoLabel).toBe('Tag passages')
    expect(messages).toEqual([
      'Themata could not save your last change: the storage for your projects is full. It is still on screen and will be saved with your next change once there is room; free some disk space, or export a report to keep a copy.'
    ])

    full = false
    history.commit('Tag passage', { annotations: [{ before: null, after: passage('p4', 30) }] })
    await history.flushed()
    expect((await db.annotations.orderBy('id').toArray()).map((a) => a.id)).toEqual(['p1', 'p2', 'p3', 'p4'])
    expect((await db.documents.get('d1'))?.passageCount).toBe(4)
    expect(history.saving).toBe(false)
  })
})

describe('describeSaveError', () => {
  it('recognizes a full disk however deep Dexie wraps it', () => {
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    expect(isQuotaError(quota)).toBe(true)
    expect(isQuotaError({ name: 'AbortError', inner: quota })).toBe(true)
    expect(isQuotaError(new Error('x', { cause: quota }))).toBe(true)
    expect(isQuotaError(new Error('QuotaExceededError'))).toBe(false)
  })

  it('gives any other failure in one sentence, with its reason', () => {
    expect(describeSaveError(new Error('The database connection is closing.'))).toBe(
      'Themata could not save your last change (The database connection is closing.). It is still on screen and will be saved with your next change; export a report to keep a copy.'
    )
  })
})
