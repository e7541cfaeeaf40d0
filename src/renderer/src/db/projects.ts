/** Creating, listing, renaming, duplicating and deleting projects. */
import Dexie from 'dexie'
import type { Tag } from '@shared/annotation'
import { normalizeThemeName } from '@shared/themeTree'
import { ThemataDb } from './db'
import { seedCodebook } from './tags'
import { FIRST_PROJECT_DB, projectDbName, type ProjectRecord, type ProjectsDb } from './projectsDb'
import { t } from '../i18n/i18n.svelte'

const LAST_PROJECT_KEY = 'lastProject'

export class ProjectNameError extends Error {}

/** Every project, most recently opened first; on the very first start, "My project" over the existing data. */
export async function listProjects(registry: ProjectsDb, now = Date.now()): Promise<ProjectRecord[]> {
  return registry.transaction('rw', registry.projects, async () => {
    if ((await registry.projects.count()) === 0) {
      await registry.projects.add({ id: crypto.randomUUID(), name: t('projects.firstName'), dbName: FIRST_PROJECT_DB, createdAt: now, openedAt: now })
    }
    const projects = await registry.projects.toArray()
    return projects.sort((a, b) => b.openedAt - a.openedAt)
  })
}

/** The project open when the app was last used, or else the most recently opened one. */
export async function lastProject(registry: ProjectsDb): Promise<ProjectRecord> {
  const projects = await listProjects(registry)
  const last = await registry.settings.get(LAST_PROJECT_KEY)
  return projects.find((p) => p.id === last?.value) ?? (projects[0] as ProjectRecord)
}

export async function rememberProject(registry: ProjectsDb, id: string, now = Date.now()): Promise<void> {
  await registry.transaction('rw', registry.projects, registry.settings, async () => {
    await registry.projects.update(id, { openedAt: now })
    await registry.settings.put({ key: LAST_PROJECT_KEY, value: id })
  })
}

/** The name cleaned up, or a ProjectNameError saying why it cannot be used. Call inside a registry transaction. */
async function checkedName(registry: ProjectsDb, rawName: string, exceptId?: string): Promise<string> {
  const name = normalizeThemeName(rawName)
  if (!name) throw new ProjectNameError(t('projects.needsName'))
  if (name.length > 120) throw new ProjectNameError(t('projects.nameTooLong', { max: 120 }))
  const clash = (await registry.projects.toArray()).find((p) => p.id !== exceptId && p.name.toLocaleLowerCase() === name.toLocaleLowerCase())
  if (clash) throw new ProjectNameError(t('projects.nameTaken', { name: clash.name }))
  return name
}

/**
 * What a new project's codebook starts as: the default themes (resources/default-codebook.json),
 * none, or these (a codebook file, e.g. a .qdc).
 */
export type StartingCodebook = 'default' | 'empty' | readonly Tag[]

/**
 * Adds a project. With the default codebook its database is created when it is first opened, which
 * seeds the default themes; any other codebook is written first, which marks that step done. A
 * project is registered only once its codebook is written, and a name refused leaves no database.
 */
export async function createProject(registry: ProjectsDb, rawName: string, codebook: StartingCodebook = 'default', now = Date.now()): Promise<ProjectRecord> {
  const id = crypto.randomUUID()
  const dbName = projectDbName(id)
  await checkedName(registry, rawName)
  if (codebook !== 'default') await startCodebook(dbName, codebook === 'empty' ? [] : codebook)
  try {
    // Checked again with the add, in one transaction, so two creations cannot take one name.
    return await registry.transaction('rw', registry.projects, async () => {
      const project: ProjectRecord = { id, name: await checkedName(registry, rawName), dbName, createdAt: now, openedAt: now }
      await registry.projects.add(project)
      return project
    })
  } catch (error) {
    await Dexie.delete(dbName)
    throw error
  }
}

async function startCodebook(dbName: string, tags: readonly Tag[]): Promise<void> {
  const db = new ThemataDb(dbName)
  try {
    await seedCodebook(db, tags)
  } catch (error) {
    db.close()
    await Dexie.delete(dbName)
    throw error
  } finally {
    db.close()
  }
}

export async function renameProject(registry: ProjectsDb, id: string, rawName: string): Promise<string> {
  return registry.transaction('rw', registry.projects, async () => {
    const name = await checkedName(registry, rawName, id)
    if ((await registry.projects.update(id, { name })) === 0) throw new ProjectNameError(t('projects.gone'))
    return name
  })
}

/** A name for a copy that no project has yet: "Name (copy)", "Name (copy 2)"… */
async function copyName(registry: ProjectsDb, name: string): Promise<string> {
  const taken = new Set((await registry.projects.toArray()).map((p) => p.name.toLocaleLowerCase()))
  for (let n = 1; ; n++) {
    const candidate = n > 1 ? t('projects.copyNameNth', { name, n }) : t('projects.copyName', { name })
    if (!taken.has(candidate.toLocaleLowerCase())) return candidate
  }
}

/**
 * Copies a project, every table, into a new database in one transaction; a copy that fails
 * half-way is deleted again, so it is all there or not at all.
 */
export async function duplicateProject(registry: ProjectsDb, source: ProjectRecord, now = Date.now()): Promise<ProjectRecord> {
  const id = crypto.randomUUID()
  const dbName = projectDbName(id)
  const from = new ThemataDb(source.dbName)
  const to = new ThemataDb(dbName)
  try {
    await from.open()
    await to.open()
    const tables = from.tables.map((t) => t.name)
    const data = await from.transaction('r', tables, async () => Promise.all(tables.map((t) => from.table(t).toArray())))
    await to.transaction('rw', tables, async () => {
      for (const [i, t] of tables.entries()) await to.table(t).bulkAdd(data[i] as unknown[])
    })
    return await registry.transaction('rw', registry.projects, async () => {
      const copy: ProjectRecord = { id, name: await copyName(registry, source.name), dbName, createdAt: now, openedAt: now }
      await registry.projects.add(copy)
      return copy
    })
  } catch (error) {
    to.close()
    await Dexie.delete(dbName)
    throw error
  } finally {
    from.close()
    to.close()
  }
}

/** Deletes a project and its database for good (the one action that cannot be undone). */
export async function deleteProject(registry: ProjectsDb, project: ProjectRecord): Promise<void> {
  await registry.projects.delete(project.id)
  await Dexie.delete(project.dbName)
}
