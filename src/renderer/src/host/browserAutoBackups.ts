/**
 * Browser mode keeps its automatic backups in a small database of their own (there is no user data
 * folder), apart from the projects' databases; only the last few are kept.
 */
import Dexie, { type Table } from 'dexie'
import { describeError } from '@shared/i18n/words'
import { t } from '../i18n/i18n.svelte'
import type { Host } from './host'

const KEEP = 3

interface StoredBackup {
  fileName: string
  createdAt: number
  bytes: Uint8Array
}

class BackupsDb extends Dexie {
  backups!: Table<StoredBackup, string>

  constructor() {
    super('themata-backups')
    this.version(1).stores({ backups: 'fileName, createdAt' })
  }
}

let database: BackupsDb | null = null
const db = (): BackupsDb => (database ??= new BackupsDb())

export function browserAutoBackups(): Pick<Host, 'saveAutoBackup' | 'listAutoBackups' | 'readAutoBackup'> {
  return {
    async saveAutoBackup(fileName, bytes) {
      try {
        await db().transaction('rw', db().backups, async () => {
          await db().backups.put({ fileName, createdAt: Date.now(), bytes })
          const old = (await db().backups.orderBy('createdAt').reverse().primaryKeys()).slice(KEEP)
          await db().backups.bulkDelete(old)
        })
        return { status: 'saved', path: fileName }
      } catch (error) {
        return { status: 'failed', message: t('projectFiles.browserBackupFailed', { reason: describeError(error, t) }) }
      }
    },
    async listAutoBackups() {
      try {
        const kept = await db().backups.orderBy('createdAt').reverse().toArray()
        return { status: 'listed', backups: kept.map((b) => ({ fileName: b.fileName, createdAt: b.createdAt, byteLength: b.bytes.byteLength })) }
      } catch {
        return { status: 'failed', message: t('projectFiles.backupsUnlisted') }
      }
    },
    async readAutoBackup(fileName) {
      const kept = await db().backups.get(fileName).catch(() => undefined)
      return kept ? { status: 'opened', fileName, bytes: kept.bytes } : { status: 'failed', message: t('projectFiles.backupGone', { fileName }) }
    }
  }
}
