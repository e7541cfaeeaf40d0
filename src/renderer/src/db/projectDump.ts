/**
 * A project's database as its backup data file, read whole in one transaction at whatever storage
 * version it is stored (so the backup before an upgrade holds the data as it was). Tables are read a
 * few thousand records at a time in key order, the next batch asked for before this one is written
 * out, so the database reads while the text is made; the text goes out piece by piece (to the page,
 * which deflates it meanwhile: see backup/backupWorker.ts).
 */
import Dexie from 'dexie'
import { ProjectFileWriter } from '@shared/backup/projectFile'
import { PROJECT_TABLES } from '@shared/project/projectData'
import { currentStorage, schemaOf, type StoredProject } from './projectStore'

/** What backup.json says of a project read this way. */
export interface DumpedProject extends Pick<StoredProject, 'schemaVersion' | 'schema'> {
  /** Records per table. */
  counts: Record<string, number>
}

/** Records per read: about 2 MB of text for passages, small enough to deflate while the next is read. */
const BATCH = 5000

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
        const keyPath = table.schema.primKey.keyPath as string
        let count = 0
        let rows = await table.limit(BATCH).toArray()
        while (rows.length > 0) {
          const last = Dexie.getByKeyPath(rows[rows.length - 1], keyPath) as string | number
          const next = rows.length === BATCH ? table.where(':id').above(last).limit(BATCH).toArray() : null
          onText(writer.rows(rows))
          count += rows.length
          rows = next ? await next : []
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
