/**
 * The automatic backup before a storage upgrade: before a project's database is opened with a newer
 * schema (which upgrades it in place), its records are read as they are stored and kept as a
 * .themata file — in the user data folder (desktop) or a small database of their own (browser) —
 * of which the last few are kept. The upgrade goes ahead either way; the user is told.
 */
import { APP_NAME } from '@shared/project/appName'
import { describeError } from '@shared/i18n/words'
import { pickHost } from '../host/pickHost'
import { withBackupWorker } from '../backup/backupClient'
import type { ProjectRecord } from '../db/projectsDb'
import { currentStorage, storedVersion } from '../db/projectStore'
import { notify, notifyError } from './messages.svelte'
import { t } from '../i18n/i18n.svelte'

export async function backupBeforeUpgrade(project: ProjectRecord, now = Date.now()): Promise<void> {
  let version: number | null
  try {
    version = await storedVersion(project.dbName)
  } catch {
    return
  }
  if (version === null || version >= currentStorage().schemaVersion) return
  try {
    const { autoBackupFileName } = await import('@shared/backup/writeBackup')
    const { backupProjects } = await import('../backup/backupProjects')
    const bytes = await withBackupWorker((dump) => backupProjects([project], { scope: 'project', reason: 'before-upgrade', app: APP_NAME, now }, dump))
    const kept = await pickHost().saveAutoBackup(autoBackupFileName(project.name, now), bytes)
    if (kept.status === 'failed') notifyError(t('projectFiles.autoBackupFailed', { name: project.name, reason: kept.message }))
    else notify(t('projectFiles.autoBackupKept', { name: project.name }))
  } catch (error) {
    notifyError(t('projectFiles.autoBackupFailed', { name: project.name, reason: describeError(error, t) }))
  }
}
