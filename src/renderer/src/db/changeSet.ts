/**
 * One user action as data: every record it touched, before and after. Applying a change set is one
 * transaction (all of it or none of it), and its inverse undoes it exactly, so every action —
 * tagging a passage, merging two themes, removing an article — is undone the same way.
 */
import Dexie from 'dexie'
import type { Annotation, Tag } from '@shared/annotation'
import type { ArticleSet, ContentRecord, DocumentRecord, ThemataDb } from './db'
import { applyRangeDelta, isEmptyRangeDelta, rangeDeltas, rangesOf, type RangeDelta } from '@shared/corpus/passageRanges'
import { applyDelta, countDeltas, countFields, countPassages, isEmptyDelta, storedCounts, type CountDelta } from './documentCounts'

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
 * theme) and passage ranges in step with its passages. Counts, ranges and the time an article was last opened are the
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
    const passages = changes.annotations
    // When only passages change, their documents are asked for first (requests run in order), so
    // they are read, and their counts written, while the passages are.
    const early = passages && !changes.documents ? db.documents.bulkGet(passageDocuments(passages)) : null
    const documents = changes.documents && (await keepBookkeeping(db, changes.documents))
    // The tables are written side by side: their requests do not depend on one another.
    const writing = Promise.all([
      passages ? writePassages(db, passages) : NOTHING_WRITTEN,
      ...tables.filter((t) => t !== 'annotations').map((t) => writeTable(db, t, (t === 'documents' ? documents : changes[t]) as Change<never>[]))
    ])
    for (const pending of [early, writing]) pending?.catch(() => undefined)
    if (!passages) {
      await writing
      return
    }
    const carried = new Set((changes.documents ?? []).filter((c) => !c.before || !c.after).map((c) => (c.after ?? c.before)?.id))
    if (early) {
      const records = byId(await early)
      // Counted from what the change set says each passage was, while the passages are written.
      const said = new Map<string, Annotation | null>()
      for (const { before, after } of passages) {
        const id = (after ?? before)?.id
        if (id !== undefined && !said.has(id)) said.set(id, before)
      }
      const first = await bookkept(db, records, passages, (id) => said.get(id) ?? undefined, carried, false)
      const [[written]] = await Promise.all([writing, db.documents.bulkPut(first.updated)])
      // Counted again: records stored without counts (from their passages, now written), and the
      // documents of passages the set created that were stored already (from what they were).
      const again = new Set([...first.later, ...written.clashes.map((a) => a.documentId)])
      if (again.size === 0) return
      const recounted = new Map([...records].filter(([id]) => again.has(id)))
      await db.documents.bulkPut((await bookkept(db, recounted, passages, written.storedOf, carried, true, true)).updated)
    } else {
      const [written] = await writing
      const ids = passageDocuments(passages).filter((id) => !carried.has(id))
      const records = byId(await db.documents.bulkGet(ids))
      await db.documents.bulkPut((await bookkept(db, records, passages, written.storedOf, carried, true)).updated)
    }
  })
}

const byId = (records: readonly (DocumentRecord | undefined)[]): Map<string, DocumentRecord> =>
  new Map(records.filter((d) => d !== undefined).map((d) => [d.id, d]))

/**
 * The records whose counts or ranges the passage changes change, changed (`rewrite`: every record,
 * changed or not, to undo a first guess). Records stored without counts or ranges are counted from
 * their stored passages (`recount`), or listed in `later` when those are not written yet.
 */
async function bookkept(
  db: ThemataDb,
  records: ReadonlyMap<string, DocumentRecord>,
  changes: readonly Change<Annotation>[],
  storedOf: (id: string) => Annotation | undefined,
  carried: ReadonlySet<string | undefined>,
  recountNow: boolean,
  rewrite = false
): Promise<{ updated: DocumentRecord[]; later: string[] }> {
  const counts = countDeltas(changes, storedOf)
  const ranges = rangeDeltas(changes, storedOf)
  const updated: DocumentRecord[] = []
  const later: string[] = []
  for (const [documentId, record] of records) {
    const delta = counts.get(documentId) ?? NO_CHANGE
    const moved = ranges.get(documentId) ?? NO_MOVE
    if (carried.has(documentId) || (!rewrite && isEmptyDelta(delta) && isEmptyRangeDelta(moved))) continue
    const kept = storedCounts(record)
    if (kept && record.passageRanges) {
      updated.push({ ...record, ...countFields(applyDelta(kept, delta)), passageRanges: applyRangeDelta(record.passageRanges, moved) })
    } else if (recountNow) updated.push({ ...record, ...(await recount(db, documentId)) })
    else later.push(documentId)
  }
  return { updated, later }
}

/** Every document a passage change touches, before or after. */
function passageDocuments(changes: readonly Change<Annotation>[]): string[] {
  const ids = new Set<string>()
  for (const { before, after } of changes) {
    if (before) ids.add(before.documentId)
    if (after) ids.add(after.documentId)
  }
  return [...ids]
}

const NO_CHANGE: CountDelta = { passages: 0, themes: new Map() }
const NO_MOVE: RangeDelta = { removed: [], added: [] }

/**
 * A document's bookkeeping counted again from its stored passages: its record was stored before
 * counts (or ranges) were kept, or by another tool.
 */
export async function recount(db: ThemataDb, documentId: string): Promise<Pick<DocumentRecord, 'passageCount' | 'themeCounts' | 'passageRanges'>> {
  const passages = await db.annotations.where('documentId').equals(documentId).toArray()
  return { ...countFields(countPassages(passages)), passageRanges: rangesOf(passages) }
}

/**
 * Writes passage changes and returns what each passage was before them (for the counts), without
 * reading the passages back. What a passage was before the set is its first change's `before`: the history
 * stores change sets in the order they were made, so that is what storage holds. Passages the set
 * creates are added, not put: one already stored (the same change applied twice) makes its add
 * fail instead of counting twice, and only those are read, then overwritten. An autocode of 5,000
 * passages so costs 5,000 writes, not 5,000 reads and 5,000 writes.
 */
async function writePassages(db: ThemataDb, changes: readonly Change<Annotation>[]): Promise<Written> {
  const was = new Map<string, Annotation | null>()
  const final = new Map<string, Annotation | null>()
  for (const { before, after } of changes) {
    const id = (after ?? before)?.id
    if (id === undefined) continue
    if (!was.has(id)) was.set(id, before)
    final.set(id, after)
  }
  const created: Annotation[] = []
  const kept: Annotation[] = []
  const gone: string[] = []
  for (const [id, after] of final) {
    if (!after) gone.push(id)
    else if (was.get(id)) kept.push(after)
    else created.push(after)
  }
  const stored = new Map<string, Annotation>()
  for (const [id, before] of was) if (before) stored.set(id, before)
  // All asked for at once (each id is in one list only): waiting for one before the next costs a round trip.
  const [, , clashes] = await Promise.all([
    gone.length > 0 ? db.annotations.bulkDelete(gone) : undefined,
    kept.length > 0 ? db.annotations.bulkPut(kept) : undefined,
    created.length > 0 ? addPassages(db, created) : []
  ])
  for (const a of clashes) stored.set(a.id, a)
  return { storedOf: (id) => stored.get(id), clashes }
}

/** What each passage was before a change set, and the passages it created that were stored already. */
interface Written {
  storedOf: (id: string) => Annotation | undefined
  clashes: Annotation[]
}

const NOTHING_WRITTEN: Written = { storedOf: () => undefined, clashes: [] }

/** Adds new passages; those already stored are overwritten, and returned as they were stored. */
async function addPassages(db: ThemataDb, passages: readonly Annotation[]): Promise<Annotation[]> {
  try {
    await db.annotations.bulkAdd(passages as Annotation[])
    return []
  } catch (error) {
    // Caught inside the transaction, a failed add leaves the others written.
    if (!(error instanceof Dexie.BulkError)) throw error
    const failures = Object.entries(error.failuresByPos)
    if (failures.some(([, failure]) => failure.name !== 'ConstraintError')) throw error
    const again = failures.map(([position]) => passages[Number(position)] as Annotation)
    const stored = await db.annotations.bulkGet(again.map((a) => a.id))
    await db.annotations.bulkPut(again)
    return stored.filter((a): a is Annotation => a !== undefined)
  }
}

/** A document's bookkeeping fields as stored, kept over whatever a change to it carries. */
export function withBookkeeping(record: DocumentRecord, kept: Pick<DocumentRecord, 'passageCount' | 'themeCounts' | 'passageRanges' | 'openedAt'>): DocumentRecord {
  return { ...record, passageCount: kept.passageCount, themeCounts: kept.themeCounts, passageRanges: kept.passageRanges, openedAt: kept.openedAt }
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
  await Promise.all([deletes.length > 0 ? store.bulkDelete(deletes) : undefined, puts.length > 0 ? store.bulkPut(puts) : undefined])
}
