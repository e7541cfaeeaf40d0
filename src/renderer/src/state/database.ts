import type { ThemataDb } from '../db/db'
import { ProjectsDb } from '../db/projectsDb'
import { t } from '../i18n/i18n.svelte'

/** The list of projects (one small database beside the projects' own). */
export const registry = new ProjectsDb()

let current: ThemataDb | null = null

/** The open project's database. */
export function db(): ThemataDb {
  if (!current) throw new Error(t('projects.noneOpen'))
  return current
}

/** Makes `next` the open project's database, closing the one before. */
export function useDatabase(next: ThemataDb): void {
  if (current && current !== next) current.close()
  current = next
}
