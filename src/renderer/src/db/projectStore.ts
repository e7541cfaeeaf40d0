/**
 * A project's database as plain data, whole: read for a backup (at whatever storage version it is
 * stored, so the backup before an upgrade holds the data as it was), and written into a new
 * database in one transaction. Records written at an older version go in under that version's
 * schema and are then upgraded by ThemataDb's own upgrade, exactly as stored data would be.
 */
import Dexie from 'dexie'
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

function schemaOf(db: Dexie): Record<string, string> {
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

/** Every record of a project's database, with the version and schema it is stored under, in one read transaction. */
export async function readProjectDatabase(dbName: string): Promise<StoredProject> {
  if (!(await Dexie.exists(dbName))) return { ...currentStorage(), tables: Object.fromEntries(PROJECT_TABLES.map((t) => [t, []])) }
  const db = new Dexie(dbName)
  try {
    await db.open()
    const names = db.tables.map((t) => t.name)
    const rows = await db.transaction('r', names, () => Promise.all(names.map((n) => db.table(n).toArray())))
    return { schemaVersion: db.verno, schema: schemaOf(db), tables: Object.fromEntries(names.map((n, i) => [n, rows[i] as unknown[]])) }
  } finally {
    db.close()
  }
}

async function writeAll(db: Dexie, tables: Record<string, unknown[]>): Promise<void> {
  const names = Object.keys(tables)
  const unknown = names.filter((n) => !db.tables.some((t) => t.name === n))
  if (unknown.length > 0) throw new Error(`its table “${unknown[0]}” is not one Themata keeps`)
  await db.transaction('rw', names, async () => {
    for (const name of names) await db.table(name).bulkAdd(tables[name] as unknown[])
  })
}

/** Writes a whole project into a database that does not exist yet, in one transaction; upgrades records of an older version. */
export async function writeProjectDatabase(dbName: string, stored: StoredProject): Promise<void> {
  const current = currentStorage()
  if (stored.schemaVersion > current.schemaVersion) throw new NewerStorageError(`it was stored by a newer Themata (storage version ${stored.schemaVersion})`)
  if (stored.schemaVersion === current.schemaVersion) {
    const db = new ThemataDb(dbName)
    try {
      await writeAll(db, stored.tables)
    } finally {
      db.close()
    }
    return
  }
  const old = new Dexie(dbName)
  old.version(stored.schemaVersion).stores(stored.schema)
  try {
    await writeAll(old, stored.tables)
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

/** Project records (a REFI-QDA import, a backup read without a database) as a database's tables. */
export function storedFromData(data: ProjectData): StoredProject {
  return { ...currentStorage(), tables: Object.fromEntries(PROJECT_TABLES.map((t) => [t, data[t] as unknown[]])) }
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
