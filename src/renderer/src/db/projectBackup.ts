/**
 * Backups of projects (one, or every project of the profile) and restoring them as new projects.
 * A restore is all or nothing: each project goes into a new database in one transaction, and if any
 * of them fails, every project this restore created is deleted again.
 */
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup, type BackupProject, type BackupReason } from '@shared/backup/format'
import { createProject, deleteProject } from './projects'
import type { ProjectRecord, ProjectsDb } from './projectsDb'
import { readProjectDatabase, writeProjectDatabase, type StoredProject } from './projectStore'

export interface BackupOptions {
  scope: Backup['scope']
  reason: BackupReason
  app: string
  now?: number
}

/** A backup of `projects`, each read whole from its database. */
export async function backupProjects(projects: readonly ProjectRecord[], options: BackupOptions): Promise<Backup> {
  const backedUp: BackupProject[] = []
  for (const p of projects) backedUp.push({ name: p.name, createdAt: p.createdAt, openedAt: p.openedAt, ...(await readProjectDatabase(p.dbName)) })
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, createdAt: options.now ?? Date.now(), app: options.app, scope: options.scope, reason: options.reason, projects: backedUp }
}

/** `name` if no project has it yet, else "name (restored)", "name (restored 2)"… within the 120 characters a name may have. */
export async function freeProjectName(registry: ProjectsDb, name: string, marker: string): Promise<string> {
  const taken = new Set((await registry.projects.toArray()).map((p) => p.name.toLocaleLowerCase()))
  const base = (name.replace(/\s+/g, ' ').trim() || 'Project').slice(0, 100)
  if (!taken.has(base.toLocaleLowerCase())) return base
  for (let n = 1; ; n++) {
    const candidate = `${base} (${marker}${n > 1 ? ` ${n}` : ''})`
    if (!taken.has(candidate.toLocaleLowerCase())) return candidate
  }
}

/** A new project holding `stored`, written in one transaction; nothing is left behind if it fails. */
export async function createStoredProject(registry: ProjectsDb, name: string, stored: StoredProject, marker: string): Promise<ProjectRecord> {
  const project = await createProject(registry, await freeProjectName(registry, name, marker))
  try {
    await writeProjectDatabase(project.dbName, stored)
    return project
  } catch (error) {
    await deleteProject(registry, project)
    throw error
  }
}

/** Every project of the backup as a new project (same data, field by field); all or none of them. */
export async function restoreBackup(registry: ProjectsDb, backup: Backup): Promise<ProjectRecord[]> {
  const restored: ProjectRecord[] = []
  try {
    for (const p of backup.projects) restored.push(await createStoredProject(registry, p.name, p, 'restored'))
    return restored
  } catch (error) {
    for (const project of restored) await deleteProject(registry, project)
    throw error
  }
}
