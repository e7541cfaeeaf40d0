/**
 * A project's database as plain data: written whole into a new database in one transaction (a
 * restored backup, an imported project), and the storage version and schema this code declares.
 * Records written at an older version go in under that version's schema and are then upgraded by
 * ThemataDb's own upgrade, exactly as stored data would be. Reading a database for a backup is
 * projectDump.ts.
 */
import Dexie from 'dexie'
import type { TableRows } from '@shared/backup/readBackup'
import type { ProjectData } from '@shared/project/projectData'
import { PROJECT_TABLES } from '@shared/project/projectData'
import { ThemataDb } from './db'

export interface StoredProject {
  schemaVersion: number
  /** Table → Dexie schema string: primary key, then indexes. */
  schema: Record<string, string>
  /** Table → every record. */
  tables: Record<string, unknown[]>
}

/**
 * A project to write: its storage version and schema, and its records, table by table in batches,
 * read as the write asks for them (a backup's file is read while the batches before are written).
 */
export interface ProjectSource extends Pick<StoredProject, 'schemaVersion' | 'schema'> {
  records(): Iterable<TableRows>
}

/**
 * Batches written at once: the next is read while these are. The database takes a batch only once the
 * code that asked for it has returned, so the reading waits for a batch to finish rather than going on
 * to the end (docs/PERFORMANCE.md, *Backups*).
 */
const WRITES_IN_FLIGHT = 3

export class NewerStorageError extends Error {}

let current: Pick<StoredProject, 'schemaVersion' | 'schema'> | null = null

/** The storage version this code declares, and its schema (read from the declaration; no database is opened). */
export function currentStorage(): Pick<StoredProject, 'schemaVersion' | 'schema'> {
  if (!current) {
    const db = new ThemataDb('themata-schema-probe')
    current = { schemaVersion: db.verno, schema: schemaOf(db) }
  }
  return current
}

/** Table → Dexie schema string, as the database declares or stores them. */
export function schemaOf(db: Dexie): Record<string, string> {
  return Object.fromEntries(db.tables.map((t) => [t.name, [t.schema.primKey.src, ...t.schema.indexes.map((i) => i.src)].join(', ')]))
}

/** The version a project's database is stored at, or null when it was never created (a new, empty project). */
export async function storedVersion(dbName: string): Promise<number | null> {
  if (!(await Dexie.exists(dbName))) return null
  // Without declared versions Dexie opens the database as it is, upgrading nothing.
  const db = new Dexie(dbName)
  try {
    await db.open()
    return db.verno
  } finally {
    db.close()
  }
}

/**
 * Records as the app keeps them. Backups written before typed arrays were kept as such hold an
 * article's passage ranges as an object of numbered keys: dropped, so the library counts them again.
 */
function keptRows(table: string, rows: unknown[]): unknown[] {
  if (table !== 'documents') return rows
  for (const row of rows as { passageRanges?: unknown }[]) if (row.passageRanges !== undefined && !(row.passageRanges instanceof Int32Array)) delete row.passageRanges
  return rows
}

async function writeAll(db: Dexie, source: ProjectSource): Promise<void> {
  const names = Object.keys(source.schema)
  const unknown = names.filter((n) => !db.tables.some((t) => t.name === n))
  if (unknown.length > 0) throw new Error(`its table “${unknown[0]}” is not one Themata keeps`)
  await db.transaction('rw', names, async () => {
    const writing: Promise<unknown>[] = []
    try {
      for (const { table, rows } of source.records()) {
        if (!names.includes(table)) throw new Error(`its table “${table}” is not one Themata keeps`)
        writing.push(db.table(table).bulkAdd(keptRows(table, rows)))
        if (writing.length >= WRITES_IN_FLIGHT) await writing.shift()
      }
      await Promise.all(writing)
    } catch (error) {
      // The transaction is aborted; the writes still pending fail with it.
      void Promise.allSettled(writing)
      throw error
    }
  })
}

/** Writes a whole project into a database that does not exist yet, in one transaction; upgrades records of an older version. */
export async function writeProjectDatabase(dbName: string, source: ProjectSource): Promise<void> {
  const current = currentStorage()
  if (source.schemaVersion > current.schemaVersion) throw new NewerStorageError(`it was stored by a newer Themata (storage version ${source.schemaVersion})`)
  if (source.schemaVersion === current.schemaVersion) {
    const db = new ThemataDb(dbName)
    try {
      await writeAll(db, source)
    } finally {
      db.close()
    }
    return
  }
  const old = new Dexie(dbName)
  old.version(source.schemaVersion).stores(source.schema)
  try {
    await writeAll(old, source)
  } finally {
    old.close()
  }
  // Opening with the current schema runs the upgrades from that version on.
  const db = new ThemataDb(dbName)
  try {
    await db.open()
  } finally {
    db.close()
  }
}

/** Records held whole in memory as a source to write. */
export function sourceOf(stored: StoredProject): ProjectSource {
  return { schemaVersion: stored.schemaVersion, schema: stored.schema, records: () => Object.entries(stored.tables).map(([table, rows]) => ({ table, rows })) }
}

/** Project records (a REFI-QDA import) as a source in the current storage version. */
export function storedFromData(data: ProjectData): ProjectSource {
  return sourceOf({ ...currentStorage(), tables: Object.fromEntries(PROJECT_TABLES.map((t) => [t, data[t] as unknown[]])) })
}

/** A project's records as ProjectData; only for a database at the current version, as the app reads it. */
export async function projectData(db: ThemataDb, name: string): Promise<ProjectData> {
  return db.transaction('r', [db.documents, db.contents, db.tags, db.annotations, db.sets, db.settings], async () => ({
    name,
    documents: await db.documents.toArray(),
    contents: await db.contents.toArray(),
    tags: await db.tags.toArray(),
    annotations: await db.annotations.toArray(),
    sets: await db.sets.toArray(),
    settings: await db.settings.toArray()
  }))
}
