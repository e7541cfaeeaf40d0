/**
 * The `.themata` backup: one zip holding `backup.json` (what is in it: format, version, when, which
 * projects, each project's storage schema) and one `projects/<n>.json` per project with every record
 * of every table, exactly as stored (a record per line: projectFile.ts). Versioned twice over: the file format (`version`) and, per
 * project, the storage schema the records were written under (`schemaVersion`, with its Dexie
 * `schema`), so a backup taken before a schema upgrade restores through the same upgrade.
 */
import type { ProjectTable } from '../project/projectData'

export const BACKUP_FORMAT = 'themata-backup'
export const BACKUP_VERSION = 1
export const BACKUP_EXTENSION = '.themata'
export const MANIFEST_NAME = 'backup.json'

/**
 * The storage schema the app declares now (src/renderer/src/db/db.ts, version 3), for backups
 * written without a database at hand (the CLI). A test checks it against the app's declaration.
 */
export const CURRENT_SCHEMA_VERSION = 3
export const CURRENT_SCHEMA: Record<ProjectTable, string> = {
  documents: 'id, &contentHash, openedAt, importedAt, *setIds',
  contents: 'documentId',
  tags: 'id, order',
  annotations: 'id, documentId, *tagIds, [documentId+start]',
  sets: 'id, order',
  settings: 'key'
}

export type BackupReason = 'manual' | 'before-upgrade'

export interface BackupProject {
  name: string
  createdAt: number
  openedAt: number
  /** The storage schema version the records were written under. */
  schemaVersion: number
  /** Table → Dexie schema string (primary key first, then indexes) at that version. */
  schema: Record<string, string>
  /** Table → every record, as stored. */
  tables: Record<string, unknown[]>
}

/** A project as backup.json lists it: its data file, how many records of each table, and how the file is laid out. */
export interface ManifestProject extends Omit<BackupProject, 'tables'> {
  file: string
  counts: Record<string, number>
  /** RECORD_PER_LINE (projectFile.ts) when the file has a record per line; absent in files written before. */
  layout?: string
}

export interface Backup {
  format: typeof BACKUP_FORMAT
  version: number
  createdAt: number
  /** The application that wrote it, e.g. "Themata 0.1.0". */
  app: string
  /** One project, or every project of the profile. */
  scope: 'project' | 'all'
  reason: BackupReason
  projects: BackupProject[]
}
