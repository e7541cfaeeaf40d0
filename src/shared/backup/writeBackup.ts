/** A backup → `.themata` bytes (a zip: backup.json and one JSON file per project, a record per line). */
import { slugFileName } from '../report/fileName'
import { BackupArchive } from './backupArchive'
import { BACKUP_EXTENSION, type Backup, type BackupProject, type ManifestProject } from './format'
import { projectFileText, RECORD_PER_LINE } from './projectFile'

/** The data file of the `index`th project (0-based). */
export const projectFileName = (index: number): string => `projects/${index + 1}.json`

/** What backup.json lists for a project whose data file `file` holds `counts` records per table. */
export function manifestProject(project: Omit<BackupProject, 'tables'>, file: string, counts: Record<string, number>): ManifestProject {
  const { name, createdAt, openedAt, schemaVersion, schema } = project
  return { name, createdAt, openedAt, schemaVersion, schema, file, counts, layout: RECORD_PER_LINE }
}

/** backup.json's text. */
export function manifestText(backup: Omit<Backup, 'projects'>, projects: readonly ManifestProject[]): string {
  const { format, version, createdAt, app, scope, reason } = backup
  return JSON.stringify({ format, version, createdAt, app, scope, reason, projects }, null, 2)
}

/** A backup held whole in memory (the CLI's, the tests') as a file. The app streams its own: db/projectBackup.ts. */
export function writeBackup(backup: Backup): Uint8Array<ArrayBuffer> {
  const archive = new BackupArchive(backup.createdAt)
  const encoder = new TextEncoder()
  const projects = backup.projects.map((project, i) => {
    const file = projectFileName(i)
    archive.startFile(file)
    for (const text of projectFileText(project.tables)) archive.write(encoder.encode(text))
    archive.endFile()
    return manifestProject(project, file, Object.fromEntries(Object.entries(project.tables).map(([table, rows]) => [table, rows.length])))
  })
  return archive.finish(manifestText(backup, projects))
}

/** "my-project-2026-11-29.themata", or "themata-all-projects-2026-11-29.themata". */
export function backupFileName(backup: Pick<Backup, 'createdAt' | 'scope'> & { projects: readonly { name: string }[] }): string {
  const day = new Date(backup.createdAt).toISOString().slice(0, 10)
  const base = backup.scope === 'all' ? 'themata-all-projects' : (backup.projects[0]?.name ?? 'themata')
  return slugFileName(base, `-${day}${BACKUP_EXTENSION}`)
}

/** "auto-2026-11-29T12-00-00-my-project.themata": the time first, so name order is age order. */
export function autoBackupFileName(projectName: string, now: number): string {
  const stamp = new Date(now).toISOString().slice(0, 19).replace(/:/g, '-')
  return slugFileName(`auto ${stamp} ${projectName}`.replace(/:/g, '-'), BACKUP_EXTENSION)
}
