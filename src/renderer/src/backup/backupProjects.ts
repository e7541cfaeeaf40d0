/**
 * Backups of projects (one, or every project of the profile) as .themata bytes, written as they are
 * read: each project's records go out as text piece by piece (from the backup worker in the app,
 * backupClient.ts) and are deflated into the archive as they come. Loaded on first use: it brings the
 * zip code.
 */
import { BackupArchive } from '@shared/backup/backupArchive'
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup, type BackupReason, type ManifestProject } from '@shared/backup/format'
import { manifestProject, manifestText, projectFileName } from '@shared/backup/writeBackup'
import { dumpProject, type DumpedProject } from '../db/projectDump'
import type { ProjectRecord } from '../db/projectsDb'

export interface BackupOptions {
  scope: Backup['scope']
  reason: BackupReason
  app: string
  now?: number
}

/** Reads a project's database as its data file, handing the file over as UTF-8 bytes piece by piece. */
export type ProjectDumper = (dbName: string, onBytes: (bytes: Uint8Array) => void) => Promise<DumpedProject>

/** Dumps in this thread (the tests; the app dumps in the backup worker, backupClient.ts). */
export const dumpHere: ProjectDumper = (dbName, onBytes) => {
  const encoder = new TextEncoder()
  return dumpProject(dbName, (text) => onBytes(encoder.encode(text)))
}

/** A backup of `projects` as .themata bytes, each project read whole from its database. */
export async function backupProjects(projects: readonly ProjectRecord[], options: BackupOptions, dump: ProjectDumper = dumpHere): Promise<Uint8Array<ArrayBuffer>> {
  const createdAt = options.now ?? Date.now()
  const archive = new BackupArchive(createdAt)
  const listed: ManifestProject[] = []
  for (const [i, p] of projects.entries()) {
    const file = projectFileName(i)
    archive.startFile(file)
    const { counts, ...storage } = await dump(p.dbName, (bytes) => archive.write(bytes))
    archive.endFile()
    listed.push(manifestProject({ name: p.name, createdAt: p.createdAt, openedAt: p.openedAt, ...storage }, file, counts))
  }
  return archive.finish(manifestText({ format: BACKUP_FORMAT, version: BACKUP_VERSION, createdAt, app: options.app, scope: options.scope, reason: options.reason }, listed))
}

