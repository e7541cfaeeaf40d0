/** A backed-up project ↔ project records, for what reads or writes backups without a database (the CLI). */
import type { ProjectData } from '../project/projectData'
import { PROJECT_TABLES } from '../project/projectData'
import { projectError } from '../project/errors'
import { CURRENT_SCHEMA, CURRENT_SCHEMA_VERSION, type BackupProject } from './format'

/** The records of a backed-up project; only one in the current storage version can be read without the app's upgrade. */
export function projectDataOf(project: BackupProject, fileName: string): ProjectData {
  if (project.schemaVersion !== CURRENT_SCHEMA_VERSION) {
    throw projectError(fileName, project.schemaVersion < CURRENT_SCHEMA_VERSION ? 'backupError.olderStorage' : 'backupError.newerStorage', { project: project.name })
  }
  const table = <T>(name: string): T[] => (project.tables[name] ?? []) as T[]
  return {
    name: project.name,
    documents: table('documents'),
    contents: table('contents'),
    tags: table('tags'),
    annotations: table('annotations'),
    sets: table('sets'),
    settings: table('settings')
  }
}

/** Project records as a backed-up project in the current storage version. */
export function backupProjectOf(data: ProjectData, times: { createdAt: number; openedAt: number }): BackupProject {
  const tables: Record<string, unknown[]> = {}
  for (const name of PROJECT_TABLES) tables[name] = data[name]
  return { name: data.name, ...times, schemaVersion: CURRENT_SCHEMA_VERSION, schema: { ...CURRENT_SCHEMA }, tables }
}
