/** A backup → `.themata` bytes (a zip: backup.json and one JSON file per project). */
import { strToU8, zipSync, type Zippable } from 'fflate'
import { slugFileName } from '../report/fileName'
import { BACKUP_EXTENSION, MANIFEST_NAME, type Backup } from './format'

export function writeBackup(backup: Backup): Uint8Array<ArrayBuffer> {
  const files: Zippable = {}
  const projects = backup.projects.map((project, i) => {
    const file = `projects/${i + 1}.json`
    files[file] = strToU8(JSON.stringify(project.tables))
    const counts = Object.fromEntries(Object.entries(project.tables).map(([table, rows]) => [table, rows.length]))
    return { name: project.name, createdAt: project.createdAt, openedAt: project.openedAt, schemaVersion: project.schemaVersion, schema: project.schema, file, counts }
  })
  const { format, version, createdAt, app, scope, reason } = backup
  files[MANIFEST_NAME] = strToU8(JSON.stringify({ format, version, createdAt, app, scope, reason, projects }, null, 2))
  // Fast deflate: a backup is written often (before every upgrade) and is mostly text that packs well at any level.
  // fflate allocates plain ArrayBuffers.
  return zipSync(files, { level: 1, mtime: new Date(Math.max(backup.createdAt, Date.UTC(1980, 0, 2))) }) as Uint8Array<ArrayBuffer>
}

/** "my-project-2026-11-29.themata", or "themata-all-projects-2026-11-29.themata". */
export function backupFileName(backup: Pick<Backup, 'createdAt' | 'scope' | 'projects'>): string {
  const day = new Date(backup.createdAt).toISOString().slice(0, 10)
  const base = backup.scope === 'all' ? 'themata-all-projects' : (backup.projects[0]?.name ?? 'themata')
  return slugFileName(base, `-${day}${BACKUP_EXTENSION}`)
}

/** "auto-2026-11-29T12-00-00-my-project.themata": the time first, so name order is age order. */
export function autoBackupFileName(projectName: string, now: number): string {
  const stamp = new Date(now).toISOString().slice(0, 19).replace(/:/g, '-')
  return slugFileName(`auto ${stamp} ${projectName}`.replace(/:/g, '-'), BACKUP_EXTENSION)
}
