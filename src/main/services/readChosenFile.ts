/** The bytes of a file the user chose in a dialog; the renderer parses them, as in browser mode. */
import { readFile, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import { english, type Translate } from '@shared/i18n/format'
import { ImportError, tooLargeError } from '@shared/import/errors'
import { describeError } from '@shared/i18n/words'
import { unreadable } from './importFile'

export type ChosenFile = { status: 'opened'; fileName: string; bytes: Uint8Array<ArrayBuffer> } | { status: 'failed'; message: string }

/** Reads `path` after checking it is a file within `limit` bytes; failures are one sentence, in the language of `t`. */
export async function readChosenFile(path: string, limit: number, t: Translate = english): Promise<ChosenFile> {
  const fileName = basename(path)
  try {
    const info = await stat(path).catch((error: unknown) => {
      throw unreadable(fileName, error)
    })
    if (!info.isFile()) throw new ImportError('unreadable', fileName, { key: 'importError.notAFile' })
    if (info.size > limit) throw tooLargeError(fileName, info.size, limit)
    const buffer = await readFile(path).catch((error: unknown) => {
      throw unreadable(fileName, error)
    })
    return { status: 'opened', fileName, bytes: new Uint8Array(buffer.buffer as ArrayBuffer, buffer.byteOffset, buffer.byteLength) }
  } catch (error) {
    return { status: 'failed', message: describeError(error instanceof ImportError ? error : new ImportError('unreadable', fileName), t) }
  }
}
