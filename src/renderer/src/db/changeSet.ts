/**
 * One user action as data: every record it touched, before and after. Applying a change set is one
 * transaction (all of it or none of it), and its inverse undoes it exactly, so every action —
 * tagging a passage, merging two themes, removing an article — is undone the same way.
 */
import type { Annotation, Tag } from '@shared/annotation'
import type { ArticleSet, ContentRecord, DocumentRecord, ThemataDb } from './db'

/** One record before and after; null where it did not exist. */
export interface Change<T> {
  before: T | null
  after: T | null
}

export interface ChangeSet {
  annotations?: Change<Annotation>[]
  tags?: Change<Tag>[]
  documents?: Change<DocumentRecord>[]
  contents?: Change<ContentRecord>[]
  sets?: Change<ArticleSet>[]
}

type Tables = Required<ChangeSet>
const TABLES = ['annotations', 'tags', 'documents', 'contents', 'sets'] as const

function flip<T>(changes: readonly Change<T>[] | undefined): Change<T>[] | undefined {
  return changes && [...changes].reverse().map((c) => ({ before: c.after, after: c.before }))
}

/** The change set that undoes `changes`. */
export function invert(changes: ChangeSet): ChangeSet {
  const inverse: ChangeSet = {}
  for (const table of TABLES) {
    const flipped = flip(changes[table] as Change<never>[] | undefined)
    if (flipped) (inverse as Record<string, unknown>)[table] = flipped
  }
  return inverse
}

/** How many records a change set touches (to tell the user, and to skip empty actions). */
export function changeCount(changes: ChangeSet): number {
  return TABLES.reduce((n, table) => n + (changes[table]?.length ?? 0), 0)
}

const keyOf: { [K in keyof Tables]: (record: NonNullable<Tables[K][number]['after']>) => string } = {
  annotations: (a) => a.id,
  tags: (t) => t.id,
  documents: (d) => d.id,
  contents: (c) => c.documentId,
  sets: (s) => s.id
}

/**
 * Writes a change set in one transaction and keeps each document's passage count in step: +1 for a
 * passage that was not stored, −1 for one deleted. A document record in the same change set carries
 * its own count (it was taken together with its passages), so its passages do not count again.
 */
export async function applyChangeSet(db: ThemataDb, changes: ChangeSet): Promise<void> {
  const tables = TABLES.filter((t) => (changes[t]?.length ?? 0) > 0)
  if (tables.length === 0) return
  // Documents always take part: passage counts live on them.
  const involved = [...new Set<string>([...tables, 'documents'])]
  await db.transaction('rw', involved, async () => {
    const delta = changes.annotations ? await passageDeltas(db, changes.annotations) : new Map<string, number>()
    for (const table of tables) await writeTable(db, table, changes[table] as Change<never>[])
    const carried = new Set((changes.documents ?? []).map((c) => (c.after ?? c.before)?.id))
    const counted = [...delta].filter(([documentId, n]) => n !== 0 && !carried.has(documentId))
    if (counted.length === 0) return
    // One read and one write for all the articles (an autocode touches hundreds at once).
    const records = await db.documents.bulkGet(counted.map(([documentId]) => documentId))
    const updated: DocumentRecord[] = []
    for (let i = 0; i < counted.length; i++) {
      const record = records[i]
      if (!record) continue
      const [documentId, n] = counted[i] as [string, number]
      const passageCount = record.passageCount === undefined ? await db.annotations.where('documentId').equals(documentId).count() : record.passageCount + n
      updated.push({ ...record, passageCount })
    }
    if (updated.length > 0) await db.documents.bulkPut(updated)
  })
}

async function passageDeltas(db: ThemataDb, changes: readonly Change<Annotation>[]): Promise<Map<string, number>> {
  const ids = [...new Set(changes.map((c) => (c.after ?? c.before)?.id).filter((id): id is string => id !== undefined))]
  const stored = new Map<string, string>()
  for (const a of await db.annotations.bulkGet(ids)) if (a) stored.set(a.id, a.documentId)
  const delta = new Map<string, number>()
  const add = (documentId: string, n: number): void => void delta.set(documentId, (delta.get(documentId) ?? 0) + n)
  for (const { before, after } of changes) {
    if (after) {
      if (!stored.has(after.id)) add(after.documentId, 1)
      stored.set(after.id, after.documentId)
    } else if (before && stored.has(before.id)) {
      add(stored.get(before.id) as string, -1)
      stored.delete(before.id)
    }
  }
  return delta
}

async function writeTable(db: ThemataDb, table: keyof Tables, changes: readonly Change<never>[]): Promise<void> {
  const key = keyOf[table] as (record: never) => string
  // The last change of each record wins, so a set that touches one record twice writes its final state.
  const final = new Map<string, unknown>()
  for (const { before, after } of changes) {
    const record = after ?? before
    if (record) final.set(key(record), after)
  }
  const puts = [...final.values()].filter((r) => r !== null)
  const deletes = [...final].filter(([, r]) => r === null).map(([k]) => k)
  const store = db.table(table)
  if (deletes.length > 0) await store.bulkDelete(deletes)
  if (puts.length > 0) await store.bulkPut(puts)
}
