import { randomBytes } from 'node:crypto'
import { open, rename, rm } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { english, type MessageKey, type Translate } from '@shared/i18n/format'

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

const WRITE_ERRORS: Record<string, MessageKey> = {
  EACCES: 'saveError.permission',
  EPERM: 'saveError.permission',
  ENOENT: 'saveError.noFolder',
  ENOSPC: 'saveError.diskFull',
  EROFS: 'saveError.readOnly',
  EISDIR: 'saveError.isFolder'
}

/** A sentence for a failed file write, from the Node error code, in the language of `t`. */
export function describeWriteError(path: string, error: unknown, t: Translate = english): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  const name = basename(path)
  const known = code === undefined ? undefined : WRITE_ERRORS[code]
  if (known) return t(known, { name })
  return error instanceof Error ? t('saveError.otherWhy', { name, reason: error.message }) : t('saveError.other', { name })
}
