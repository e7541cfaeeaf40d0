/** The projects, the open one, and switching between them. */
import { ThemataDb } from '../db/db'
import { describeError } from '@shared/i18n/words'
import {
  createProject,
  deleteProject,
  duplicateProject,
  lastProject,
  listProjects,
  ProjectNameError,
  rememberProject,
  renameProject,
  type StartingCodebook
} from '../db/projects'
import type { ProjectRecord } from '../db/projectsDb'
import { markPainted } from '../perf/marks'
import { backupBeforeUpgrade } from './autoBackup'
import { loadCodebook } from './codebook.svelte'
import { db, registry, useDatabase } from './database'
import { history } from './history.svelte'
import { library, refreshLibrary } from './library.svelte'
import { notify, notifyError } from './messages.svelte'
import { session } from './session.svelte'
import { loadSets } from './sets.svelte'
import { t } from '../i18n/i18n.svelte'
import type { MessageKey } from '@shared/i18n/format'

class Projects {
  /** Most recently opened first. */
  list = $state.raw<ProjectRecord[]>([])
  current = $state.raw<ProjectRecord | null>(null)
  /** A project is being opened (its library not yet shown). */
  switching = $state(false)
}

export const projects = new Projects()

/** Opens the project used last (on the very first start, "My project" over what was stored before). */
export async function openLastProject(): Promise<void> {
  await openProject(await lastProject(registry))
}

/** Closes the open project (its pending writes first) and opens `project`: codebook, library, last article. */
export async function openProject(project: ProjectRecord): Promise<void> {
  projects.switching = true
  try {
    await history.flushed()
    session.close()
    history.clear()
    await backupBeforeUpgrade(project)
    useDatabase(new ThemataDb(project.dbName))
    projects.current = project
    await Promise.all([loadCodebook(), refreshLibrary(), loadSets()])
    library.query = { ...library.query, text: '', setId: null }
    markPainted('themata:library-painted')
  } finally {
    projects.switching = false
  }
  await rememberProject(registry, project.id)
  projects.list = await listProjects(registry)
  await session.restoreLast()
}

/** Switches to another project, unless articles are being imported into this one. */
export async function switchProject(project: ProjectRecord): Promise<void> {
  if (project.id === projects.current?.id) return
  if (session.busy) {
    notify(t('projects.waitSwitch'))
    return
  }
  try {
    await openProject(project)
  } catch (error) {
    nameError(error, 'projects.failedOpen')
  }
}

function nameError(error: unknown, failed: MessageKey): void {
  notifyError(error instanceof ProjectNameError ? error.message : t(failed, { reason: describeError(error, t) }))
}

/** What a new project's codebook starts as: the default themes, none, or these (e.g. from a .qdc). */
export type NewCodebook = StartingCodebook

/** Creates a project and opens it; returns it, or null after telling the user why not. */
export async function newProject(name: string, codebook: NewCodebook = 'default'): Promise<ProjectRecord | null> {
  if (session.busy) {
    notify(t('projects.waitCreate'))
    return null
  }
  try {
    const project = await createProject(registry, name, codebook)
    await openProject(project)
    return project
  } catch (error) {
    nameError(error, 'projects.failedCreate')
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
    nameError(error, 'projects.failedRename')
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
    nameError(error, 'projects.failedDuplicate')
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
      // Its own connection closed first, so dropping the database is not left waiting on it.
      db().close()
    }
    await deleteProject(registry, project)
    projects.list = await listProjects(registry)
    if (wasOpen) await openProject(projects.list[0] as ProjectRecord)
  } catch (error) {
    nameError(error, 'projects.failedDelete')
  }
}
