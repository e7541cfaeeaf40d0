/**
 * Projects in and out as files: a REFI-QDA project (.qdpx) exported or imported as a new project,
 * backups (.themata) of the open project or of every project, restored as new projects. An
 * import or restore writes each new project in one transaction of its own database and opens it;
 * if writing fails, the new project is deleted again and the open one stays open.
 */
import { ANALYST_NAME, APP_NAME } from '@shared/project/appName'
import type { ProjectOpenPurpose } from '@shared/project/fileFormats'
import { slugFileName } from '@shared/report/fileName'
import type { Host } from '../host/host'
import { createStoredProject, restoreBackup } from '../db/projectBackup'
import { withBackupWorker } from '../backup/backupClient'
import { listProjects } from '../db/projects'
import type { ProjectRecord } from '../db/projectsDb'
import { projectData, storedFromData } from '../db/projectStore'
import { db, registry } from './database'
import { history } from './history.svelte'
import { showImportReport } from './importReport.svelte'
import { notify, notifyError } from './messages.svelte'
import { markPainted } from '../perf/marks'
import { openProject, projects } from './projects.svelte'
import { t } from '../i18n/i18n.svelte'
import type { MessageKey } from '@shared/i18n/format'
import { describeError } from '@shared/i18n/words'
import { ProjectFileError } from '@shared/project/errors'

// The zip and XML code loads on first use, so opening the app does not pay for it.
const qdpx = () => import('@shared/qdpx')
const backups = async () => ({ ...(await import('@shared/backup/readBackup')), ...(await import('@shared/backup/writeBackup')), ...(await import('../backup/backupProjects')) })

function failure(fileName: string, failed: MessageKey, error: unknown): string {
  if (error instanceof ProjectFileError) return describeError(error, t)
  return t(failed, { fileName, reason: describeError(error, t) })
}

function saved(host: Host, what: string, outcome: Awaited<ReturnType<Host['saveProjectFile']>>): void {
  if (outcome.status === 'saved') notify(t(host.kind === 'desktop' ? 'projectFiles.saved' : 'projectFiles.downloaded', { what, path: outcome.path }))
  else if (outcome.status === 'failed') notifyError(outcome.message)
}

/** The open project as a REFI-QDA project file (.qdpx): a Save dialog, or a download in browser mode. */
export async function exportProjectQdpx(host: Host): Promise<void> {
  const current = projects.current
  if (!current) return
  await history.flushed()
  const data = await projectData(db(), current.name)
  if (data.documents.length === 0 && data.tags.length === 0) {
    notify(t('projectFiles.empty'))
    return
  }
  const { exportQdpx } = await qdpx()
  const bytes = exportQdpx(data, { origin: APP_NAME, userName: ANALYST_NAME, now: Date.now() })
  saved(host, t('projectFiles.project'), await host.saveProjectFile(slugFileName(current.name, '.qdpx'), 'qdpx', bytes))
}

/** A backup of the open project, or of every project, as one .themata file. */
export async function backUp(host: Host, scope: 'project' | 'all'): Promise<void> {
  const current = projects.current
  if (!current) return
  await history.flushed()
  const { backupFileName, backupProjects } = await backups()
  try {
    const chosen = scope === 'all' ? await listProjects(registry) : [current]
    const now = Date.now()
    const bytes = await withBackupWorker((dump) => backupProjects(chosen, { scope, reason: 'manual', app: APP_NAME, now }, dump))
    saved(host, t('projectFiles.backup'), await host.saveProjectFile(backupFileName({ createdAt: now, scope, projects: chosen }), 'themata', bytes))
  } catch (error) {
    notifyError(t('projectFiles.backUpFailed', { reason: describeError(error, t) }))
  }
}

/** A REFI-QDA project file as a new project, opened, with the import report shown. */
async function importQdpxFile(fileName: string, bytes: Uint8Array): Promise<void> {
  const { importQdpx } = await qdpx()
  let project: ProjectRecord
  let result: Awaited<ReturnType<typeof importQdpx>>
  try {
    result = await importQdpx(bytes, fileName)
    project = await createStoredProject(registry, result.project.name, storedFromData(result.project), 'imported')
  } catch (error) {
    notifyError(failure(fileName, 'projectFiles.importFailed', error))
    return
  }
  await openProject(project)
  showImportReport(fileName, project.name, result.report)
}

/** Every project of a backup as new projects; the first one opens. */
async function restoreFile(fileName: string, bytes: Uint8Array): Promise<void> {
  const { openBackup } = await backups()
  let restored: ProjectRecord[]
  try {
    restored = await restoreBackup(registry, openBackup(bytes, fileName).projects)
  } catch (error) {
    notifyError(failure(fileName, 'projectFiles.restoreFailed', error))
    return
  }
  await openProject(restored[0] as ProjectRecord)
  const names = restored.map((p) => `“${p.name}”`).join(', ')
  notify(t('projectFiles.restored', { count: restored.length, names, fileName }))
  markPainted('themata:project-restored')
}

/** A project file's bytes: a backup is restored, a REFI-QDA project imported (a .themata chosen to import is restored too). */
export async function openProjectBytes(fileName: string, bytes: Uint8Array, purpose: ProjectOpenPurpose): Promise<void> {
  await history.flushed()
  if (purpose === 'restore' || fileName.toLowerCase().endsWith('.themata')) await restoreFile(fileName, bytes)
  else await importQdpxFile(fileName, bytes)
}

/** Asks for a REFI-QDA project to import, or a backup to restore, and does it. */
export async function openProjectFile(host: Host, purpose: ProjectOpenPurpose): Promise<void> {
  const picked = await host.openProjectFile(purpose)
  if (picked.status === 'failed') notifyError(picked.message)
  if (picked.status === 'opened') await openProjectBytes(picked.fileName, picked.bytes, purpose)
}

/** Restores one of the automatic backups. */
export async function restoreAutoBackup(host: Host, fileName: string): Promise<void> {
  const kept = await host.readAutoBackup(fileName)
  if (kept.status === 'failed') notifyError(kept.message)
  else await openProjectBytes(kept.fileName, kept.bytes, 'restore')
}
