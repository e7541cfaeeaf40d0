/** Backups written with the backup worker: it reads the projects and writes their JSON, the page deflates it as it comes. */
import { t } from '../i18n/i18n.svelte'
import type { ProjectDumper } from './backupProjects'
import type { BackupJob, BackupReply } from './backupWorker'

/** Runs `write` with a dumper backed by one worker, ended when `write` is done. */
export async function withBackupWorker<T>(write: (dump: ProjectDumper) => Promise<T>): Promise<T> {
  const worker = new Worker(new URL('./backupWorker.ts', import.meta.url), { type: 'module' })
  let fail: (error: Error) => void = () => undefined
  worker.onerror = (event) => {
    event.preventDefault()
    fail(new Error(event.message || t('projectFiles.backupStopped')))
  }
  const dump: ProjectDumper = (dbName, onBytes) =>
    new Promise((resolve, reject) => {
      fail = reject
      worker.onmessage = (event: MessageEvent<BackupReply>) => {
        const reply = event.data
        if ('bytes' in reply) {
          try {
            onBytes(reply.bytes)
          } catch (error) {
            reject(error instanceof Error ? error : new Error(String(error)))
          }
        } else if ('done' in reply) resolve(reply.done)
        else reject(new Error(reply.failed))
      }
      worker.postMessage({ dbName } satisfies BackupJob)
    })
  try {
    return await write(dump)
  } finally {
    worker.terminate()
  }
}
