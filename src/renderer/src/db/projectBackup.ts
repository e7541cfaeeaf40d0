/**
 * Restoring backups (and imported projects) as new projects. A restore is all or nothing: each
 * project goes into a new database in one transaction, written batch by batch as its file is read,
 * and if any of them fails, every project this restore created is deleted again. Writing backups is
 * backup/backupProjects.ts.
 */
import type { BackupEntry } from '@shared/backup/readBackup'
import { createProject, deleteProject } from './projects'
import type { ProjectRecord, ProjectsDb } from './projectsDb'
import { writeProjectDatabase, type ProjectSource } from './projectStore'

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

/** A new project holding `source`, written in one transaction; nothing is left behind if it fails. */
export async function createStoredProject(registry: ProjectsDb, name: string, source: ProjectSource, marker: string): Promise<ProjectRecord> {
  const project = await createProject(registry, await freeProjectName(registry, name, marker))
  try {
    await writeProjectDatabase(project.dbName, source)
    return project
  } catch (error) {
    await deleteProject(registry, project)
    throw error
  }
}

/** Every project of a backup (openBackup's) as a new project (same data, field by field); all or none of them. */
export async function restoreBackup(registry: ProjectsDb, projects: readonly (Pick<BackupEntry, 'name'> & ProjectSource)[]): Promise<ProjectRecord[]> {
  const restored: ProjectRecord[] = []
  try {
    for (const p of projects) restored.push(await createStoredProject(registry, p.name, p, 'restored'))
    return restored
  } catch (error) {
    for (const project of restored) await deleteProject(registry, project)
    throw error
  }
}
