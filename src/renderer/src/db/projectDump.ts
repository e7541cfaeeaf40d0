/**
 * A project's database as its backup data file, read whole in one transaction at whatever storage
 * version it is stored (so the backup before an upgrade holds the data as it was). A large table is
 * read a range of keys at a time, a few ranges asked for ahead, so the database reads the next while
 * this thread turns the last into text; the text goes out piece by piece (to the page, which packs it
 * meanwhile: see backup/backupWorker.ts).
 */
import Dexie, { type Table } from 'dexie'
import { ProjectFileWriter } from '@shared/backup/projectFile'
import { PROJECT_TABLES } from '@shared/project/projectData'
import { currentStorage, schemaOf, type StoredProject } from './projectStore'

/** What backup.json says of a project read this way. */
export interface DumpedProject extends Pick<StoredProject, 'schemaVersion' | 'schema'> {
  /** Records per table. */
  counts: Record<string, number>
}

/** A table with more records than this is read a range at a time. */
const LARGE = 5000
/**
 * Where the ranges of keys split: the first character of a key. Ranges rather than "the next n after
 * the last key read", because those can only be asked for one at a time. Ids are UUIDs, spread evenly
 * over hex digits (ranges of about a sixteenth); any other keys are read just as completely.
 */
const SPLITS = [...'123456789ABCDEFabcdef']
/** Ranges asked for ahead of the one being written out. */
const READS_AHEAD = 3

/** The table's records, a range of keys at a time (together every key, in key order), as asked for. */
function rangeReads(table: Table): (() => Promise<unknown[]>)[] {
  const key = table.where(':id')
  const bounds = [undefined, ...SPLITS, undefined]
  return bounds.slice(1).map((to, i) => {
    const from = bounds[i]
    if (from === undefined) return () => key.below(to).toArray()
    return () => (to === undefined ? key.aboveOrEqual(from) : key.between(from, to)).toArray()
  })
}

export async function dumpProject(dbName: string, onText: (text: string) => void): Promise<DumpedProject> {
  const writer = new ProjectFileWriter()
  if (!(await Dexie.exists(dbName))) {
    // A new project never opened has no database yet: its backup is its empty tables.
    for (const table of PROJECT_TABLES) onText(writer.table(table))
    onText(writer.end())
    return { ...currentStorage(), counts: Object.fromEntries(PROJECT_TABLES.map((t) => [t, 0])) }
  }
  // Without declared versions Dexie opens the database as it is, upgrading nothing.
  const db = new Dexie(dbName)
  try {
    await db.open()
    const counts: Record<string, number> = {}
    await db.transaction('r', db.tables, async () => {
      for (const table of db.tables) {
        onText(writer.table(table.name))
        const reads = (await table.count()) > LARGE ? rangeReads(table) : [() => table.toArray()]
        const asked = reads.splice(0, READS_AHEAD).map((read) => read())
        let count = 0
        while (asked.length > 0) {
          const rows = await (asked.shift() as Promise<unknown[]>)
          const next = reads.shift()
          if (next) asked.push(next())
          onText(writer.rows(rows))
          count += rows.length
        }
        counts[table.name] = count
      }
    })
    onText(writer.end())
    return { schemaVersion: db.verno, schema: schemaOf(db), counts }
  } finally {
    db.close()
  }
}
