import { randomBytes } from 'node:crypto'
import { open, rename, rm } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

/**
 * Writes `data` to `path` so that a reader sees either the old file or the whole new one:
 * write a sibling temp file, flush it to disk, then rename over the target (atomic on one volume).
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`)
  try {
    const handle = await open(temp, 'wx')
    try {
      await handle.writeFile(data)
      await handle.sync()
    } finally {
      await handle.close()
    }
    await rename(temp, path)
  } catch (error) {
    await rm(temp, { force: true })
    throw error
  }
}

/** A sentence for a failed file write, from the Node error code. */
export function describeWriteError(path: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  const name = `“${basename(path)}”`
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return `Could not save ${name}: permission denied in that folder.`
    case 'ENOENT':
      return `Could not save ${name}: the folder no longer exists.`
    case 'ENOSPC':
      return `Could not save ${name}: the disk is full.`
    case 'EROFS':
      return `Could not save ${name}: that disk is read-only.`
    case 'EISDIR':
      return `Could not save ${name}: a folder has that name.`
    default:
      return `Could not save ${name}${error instanceof Error ? `: ${error.message}` : '.'}`
  }
}
