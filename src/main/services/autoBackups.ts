/**
 * The automatic backups of the desktop app: `.themata` files in a folder of the user data (not in
 * the IndexedDB they back up, so a failed upgrade cannot take them along). Only the last few are
 * kept; their names start with the time they were taken, so name order is age order.
 */
import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import type { AutoBackupList } from '@shared/ipc/contract'
import { describeWriteError, writeFileAtomic } from './atomicWrite'

export const KEEP_AUTO_BACKUPS = 3

const isBackup = (name: string): boolean => name.endsWith('.themata') && !name.startsWith('.')

async function backupNames(dir: string): Promise<string[]> {
  const names = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [] as string[]
    throw error
  })
  return names.filter(isBackup).sort().reverse()
}

/** Writes the backup (atomically) and removes all but the newest KEEP_AUTO_BACKUPS. */
export async function saveAutoBackup(dir: string, fileName: string, bytes: Uint8Array): Promise<{ status: 'saved'; path: string } | { status: 'failed'; message: string }> {
  const path = join(dir, fileName)
  try {
    await mkdir(dir, { recursive: true })
    await writeFileAtomic(path, bytes)
    for (const old of (await backupNames(dir)).slice(KEEP_AUTO_BACKUPS)) await rm(join(dir, old), { force: true })
    return { status: 'saved', path }
  } catch (error) {
    return { status: 'failed', message: describeWriteError(path, error) }
  }
}

/** The backups kept, newest first. */
export async function listAutoBackups(dir: string): Promise<AutoBackupList> {
  try {
    const backups = []
    for (const fileName of await backupNames(dir)) {
      const info = await stat(join(dir, fileName))
      backups.push({ fileName, createdAt: info.mtimeMs, byteLength: info.size })
    }
    return { status: 'listed', backups }
  } catch {
    return { status: 'failed', message: 'Themata could not list its automatic backups.' }
  }
}

/** One kept backup's bytes; `fileName` is a plain name (the contract allows no folders). */
export async function readAutoBackup(dir: string, fileName: string): Promise<{ status: 'opened'; fileName: string; bytes: Uint8Array<ArrayBuffer> } | { status: 'failed'; message: string }> {
  try {
    if (!(await backupNames(dir)).includes(fileName)) return { status: 'failed', message: `There is no automatic backup “${fileName}” any more.` }
    const buffer = await readFile(join(dir, fileName))
    return { status: 'opened', fileName, bytes: new Uint8Array(buffer.buffer as ArrayBuffer, buffer.byteOffset, buffer.byteLength) }
  } catch {
    return { status: 'failed', message: `Themata could not read the automatic backup “${fileName}”.` }
  }
}
