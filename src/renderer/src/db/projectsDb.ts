/**
 * The list of projects. Each project's articles, codebook, passages and memos live in a database of
 * their own (see docs/ARCHITECTURE.md, "Projects"); this small one only says which exist.
 */
import Dexie, { type Table } from 'dexie'

export interface ProjectRecord {
  id: string
  name: string
  /** The IndexedDB database holding the project's data. */
  dbName: string
  createdAt: number
  openedAt: number
}

export class ProjectsDb extends Dexie {
  projects!: Table<ProjectRecord, string>
  settings!: Table<{ key: string; value: unknown }, string>

  constructor(name = 'themata-projects', options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options)
    this.version(1).stores({ projects: 'id, openedAt', settings: 'key' })
  }
}

/**
 * The database of the first project: the one every version before projects wrote, so upgrading
 * turns what was stored into "My project" without moving a record.
 */
export const FIRST_PROJECT_DB = 'themata'

export function projectDbName(projectId: string): string {
  return `themata-project-${projectId}`
}
