/**
 * One user action as data: every record it touched, before and after. Applying a change set is one
 * transaction (all of it or none of it), and its inverse undoes it exactly, so every action —
 * tagging a passage, merging two themes, removing an article — is undone the same way.
 */
import type { Annotation, Tag } from '@shared/annotation'
import type { ArticleSet, ContentRecord, DocumentRecord, ThemataDb } from './db'
import { applyDelta, countDeltas, countFields, countPassages, isEmptyDelta, storedCounts, type CountDelta, type DocumentCounts } from './documentCounts'

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
 * Writes a change set in one transaction and keeps each document's counts (passages, passages per
 * theme) in step with its passages. Counts and the time an article was last opened are the
 * store's bookkeeping, not the user's: a document that enters or leaves (an article removed, its
 * removal undone) carries the counts it was taken with, together with its passages; a document
 * that is only changed (its memo, its sets) keeps the counts and opening time stored, so undoing
 * an old memo edit never brings back old counts.
 */
export async function applyChangeSet(db: ThemataDb, changes: ChangeSet): Promise<void> {
  const tables = TABLES.filter((t) => (changes[t]?.length ?? 0) > 0)
  if (tables.length === 0) return
  // Documents always take part: the counts live on them.
  const involved = [...new Set<string>([...tables, 'documents', ...(changes.annotations ? ['annotations'] : [])])]
  await db.transaction('rw', involved, async () => {
    const deltas = changes.annotations ? await storedDeltas(db, changes.annotations) : new Map<string, CountDelta>()
    const documents = changes.documents && (await keepBookkeeping(db, changes.documents))
    for (const table of tables) await writeTable(db, table, (table === 'documents' ? documents : changes[table]) as Change<never>[])
    const carried = new Set((changes.documents ?? []).filter((c) => !c.before || !c.after).map((c) => (c.after ?? c.before)?.id))
    const counted = [...deltas].filter(([documentId, delta]) => !isEmptyDelta(delta) && !carried.has(documentId))
    if (counted.length === 0) return
    // One read and one write for all the articles (an autocode touches hundreds at once).
    const records = await db.documents.bulkGet(counted.map(([documentId]) => documentId))
    const updated: DocumentRecord[] = []
    for (const [i, [documentId, delta]] of counted.entries()) {
      const record = records[i]
      if (!record) continue
      const counts = storedCounts(record)
      updated.push({ ...record, ...countFields(counts ? applyDelta(counts, delta) : await recount(db, documentId)) })
    }
    await db.documents.bulkPut(updated)
  })
}

/** Counts a document's stored passages again (its record was stored before counts were kept). */
export async function recount(db: ThemataDb, documentId: string): Promise<DocumentCounts> {
  return countPassages(await db.annotations.where('documentId').equals(documentId).toArray())
}

/** A change to a stored passage that stays in its document (a retag, a note): its "before" is what is stored. */
function staysInPlace(c: Change<Annotation>): boolean {
  return c.before !== null && c.after !== null && c.before.documentId === c.after.documentId
}

async function storedDeltas(db: ThemataDb, changes: readonly Change<Annotation>[]): Promise<Map<string, CountDelta>> {
  // Only passages created, deleted or moved are read back (so a change applied twice never counts
  // twice): merging a theme retags 10,000 passages, and reading each back would double the write.
  const known = new Map<string, Annotation>()
  for (const c of changes) if (staysInPlace(c) && !known.has((c.before as Annotation).id)) known.set((c.before as Annotation).id, c.before as Annotation)
  const looked = new Set(changes.filter((c) => !staysInPlace(c)).map((c) => (c.after ?? c.before)?.id).filter((id): id is string => id !== undefined))
  const stored = new Map<string, Annotation>()
  for (const a of await db.annotations.bulkGet([...looked])) if (a) stored.set(a.id, a)
  return countDeltas(changes, (id) => (looked.has(id) ? stored.get(id) : known.get(id)))
}

/** A document's bookkeeping fields as stored, kept over whatever a change to it carries. */
export function withBookkeeping(record: DocumentRecord, kept: Pick<DocumentRecord, 'passageCount' | 'themeCounts' | 'openedAt'>): DocumentRecord {
  return { ...record, passageCount: kept.passageCount, themeCounts: kept.themeCounts, openedAt: kept.openedAt }
}

async function keepBookkeeping(db: ThemataDb, changes: readonly Change<DocumentRecord>[]): Promise<Change<DocumentRecord>[]> {
  const updated = changes.filter((c) => c.before && c.after).map((c) => (c.after as DocumentRecord).id)
  if (updated.length === 0) return [...changes]
  const stored = new Map((await db.documents.bulkGet(updated)).filter((d) => d !== undefined).map((d) => [d.id, d]))
  return changes.map((c) => {
    const kept = c.before && c.after ? stored.get(c.after.id) : undefined
    return kept && c.after ? { before: c.before, after: withBookkeeping(c.after, kept) } : c
  })
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
