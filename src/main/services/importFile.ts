import { readFile, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import type { ImportedDocument } from '@shared/document'
import { importDocument } from '@shared/import'
import { ImportError, tooLargeError } from '@shared/import/errors'
import { MAX_FILE_BYTES, type ImportProgress } from '@shared/ipc/contract'
import { nodeImportEnv } from './nodeImportEnv'

/** A sentence for a failed stat or read, from the Node error code. */
export function unreadable(fileName: string, error: unknown): ImportError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  const key =
    code === 'ENOENT' || code === 'ENOTDIR' ? 'importError.notFound' : code === 'EACCES' || code === 'EPERM' ? 'importError.noPermission' : 'importError.unreadable'
  return new ImportError('unreadable', fileName, { key }, { cause: error })
}

/** Imports the file at `path`; its size is checked before a single byte is read. */
export async function importFile(path: string, onProgress?: (progress: ImportProgress) => void): Promise<ImportedDocument> {
  const fileName = basename(path)
  const info = await stat(path).catch((error: unknown) => {
    throw unreadable(fileName, error)
  })
  if (info.isDirectory()) throw new ImportError('unreadable', fileName, { key: 'importError.folder' })
  if (!info.isFile()) throw new ImportError('unreadable', fileName, { key: 'importError.notRegularFile' })
  if (info.size > MAX_FILE_BYTES) throw tooLargeError(fileName, info.size, MAX_FILE_BYTES)
  const buffer = await readFile(path).catch((error: unknown) => {
    throw unreadable(fileName, error)
  })
  return importDocument(new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength), fileName, { ...nodeImportEnv(), onProgress })
}
