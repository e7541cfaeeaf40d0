import { readFile, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import { ImportError, tooLargeError } from '@shared/import/errors'
import { MAX_FILE_BYTES } from '@shared/ipc/contract'
import { unreadable } from './importFile'

/**
 * Reads a UTF-8 text file the user named (an annotation file): its size is checked before it is
 * read, a BOM is dropped, and every failure is an ImportError with one sentence.
 */
export async function readTextFile(path: string): Promise<{ fileName: string; text: string }> {
  const fileName = basename(path)
  const info = await stat(path).catch((error: unknown) => {
    throw unreadable(fileName, error)
  })
  if (!info.isFile()) throw new ImportError('unreadable', fileName, { key: 'importError.notRegularFile' })
  if (info.size > MAX_FILE_BYTES) throw tooLargeError(fileName, info.size, MAX_FILE_BYTES)
  const bytes = await readFile(path).catch((error: unknown) => {
    throw unreadable(fileName, error)
  })
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch (error) {
    throw new ImportError('unreadable', fileName, { key: 'importError.notUtf8' }, { cause: error })
  }
  return { fileName, text: text.replace(/^\ufeff/, '') }
}
