/** The projects, the open one, and switching between them. */
import type { Tag } from '@shared/annotation'
import { ThemataDb } from '../db/db'
import { createProject, deleteProject, duplicateProject, lastProject, listProjects, ProjectNameError, rememberProject, renameProject } from '../db/projects'
import type { ProjectRecord } from '../db/projectsDb'
import { seedCodebook } from '../db/tags'
import { markPainted } from '../perf/marks'
import { backupBeforeUpgrade } from './autoBackup'
import { loadCodebook } from './codebook.svelte'
import { registry, useDatabase } from './database'
import { history } from './history.svelte'
import { refreshLibrary } from './library.svelte'
import { notifyError } from './messages.svelte'
import { session } from './session.svelte'

class Projects {
  /** Most recently opened first. */
  list = $state.raw<ProjectRecord[]>([])
  current = $state.raw<ProjectRecord | null>(null)
}

export const projects = new Projects()

/** Opens the project used last (on the very first start, "My project" over what was stored before). */
export async function openLastProject(): Promise<void> {
  await openProject(await lastProject(registry))
}

/** Closes the open project (its pending writes first) and opens `project`: codebook, library, last article. */
export async function openProject(project: ProjectRecord): Promise<void> {
  await history.flushed()
  session.close()
  history.clear()
  await backupBeforeUpgrade(project)
  useDatabase(new ThemataDb(project.dbName))
  projects.current = project
  await Promise.all([loadCodebook(), refreshLibrary()])
  markPainted('themata:library-painted')
  await rememberProject(registry, project.id)
  projects.list = await listProjects(registry)
  await session.restoreLast()
}

function nameError(error: unknown, doing: string): void {
  notifyError(error instanceof ProjectNameError ? error.message : `Could not ${doing}: ${error instanceof Error ? error.message : String(error)}`)
}

/** What a new project's codebook starts as: the default themes, none, or these (e.g. from a .qdc). */
export type NewCodebook = 'default' | 'empty' | readonly Tag[]

/** Writes a new project's first codebook; a project whose codebook could not be written is deleted again. */
async function startCodebook(project: ProjectRecord, tags: readonly Tag[]): Promise<void> {
  const projectDb = new ThemataDb(project.dbName)
  try {
    await seedCodebook(projectDb, tags)
  } catch (error) {
    projectDb.close()
    await deleteProject(registry, project)
    throw error
  } finally {
    projectDb.close()
  }
}

/** Creates a project and opens it; returns it, or null after telling the user why not. */
export async function newProject(name: string, codebook: NewCodebook = 'default'): Promise<ProjectRecord | null> {
  try {
    const project = await createProject(registry, name)
    if (codebook !== 'default') await startCodebook(project, codebook === 'empty' ? [] : codebook)
    await openProject(project)
    return project
  } catch (error) {
    nameError(error, 'create the project')
    return null
  }
}

export async function renameCurrentProject(name: string): Promise<boolean> {
  const current = projects.current
  if (!current) return false
  try {
    const renamed = await renameProject(registry, current.id, name)
    projects.current = { ...current, name: renamed }
    projects.list = await listProjects(registry)
    return true
  } catch (error) {
    nameError(error, 'rename the project')
    return false
  }
}

export async function duplicateCurrentProject(): Promise<ProjectRecord | null> {
  const current = projects.current
  if (!current) return null
  try {
    await history.flushed()
    const copy = await duplicateProject(registry, current)
    projects.list = await listProjects(registry)
    return copy
  } catch (error) {
    nameError(error, 'duplicate the project')
    return null
  }
}

/** Deletes a project for good; when it was the open one, the most recent other project opens (or a new one). */
export async function removeProject(project: ProjectRecord): Promise<void> {
  try {
    const wasOpen = projects.current?.id === project.id
    if (wasOpen) {
      await history.flushed()
      session.close()
      history.clear()
    }
    await deleteProject(registry, project)
    projects.list = await listProjects(registry)
    if (wasOpen) await openProject(projects.list[0] as ProjectRecord)
  } catch (error) {
    nameError(error, 'delete the project')
  }
}
