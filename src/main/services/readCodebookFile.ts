/** The bytes of a codebook file the user chose to import; the renderer parses them, as in browser mode. */
import { readFile, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import { ImportError, quoteName, tooLargeError } from '@shared/import/errors'
import { MAX_FILE_BYTES, type CodebookFileOutcome } from '@shared/ipc/contract'
import { unreadable } from './importFile'

/** Reads `path` after checking it is a file within the size limit; failures are one sentence. */
export async function readCodebookFile(path: string): Promise<CodebookFileOutcome> {
  const fileName = basename(path)
  try {
    const info = await stat(path).catch((error: unknown) => {
      throw unreadable(fileName, error)
    })
    if (!info.isFile()) throw new ImportError('unreadable', fileName, `${quoteName(fileName)} is not a file.`)
    if (info.size > MAX_FILE_BYTES) throw tooLargeError(fileName, info.size, MAX_FILE_BYTES)
    const buffer = await readFile(path).catch((error: unknown) => {
      throw unreadable(fileName, error)
    })
    return { status: 'opened', fileName, bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength) }
  } catch (error) {
    return { status: 'failed', message: error instanceof ImportError ? error.message : `Themata could not read ${quoteName(fileName)}.` }
  }
}
