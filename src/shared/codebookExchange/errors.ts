/** Why a codebook file could not be imported, as one sentence; nothing was changed. */
import type { MessageKey } from '../i18n/format'
import { aboutFile, FileError, type WordValue } from '../i18n/words'

export class CodebookFileError extends FileError {
  override readonly name = 'CodebookFileError'
}

export function codebookError(fileName: string, key: MessageKey, values?: Readonly<Record<string, WordValue>>, options?: ErrorOptions): CodebookFileError {
  return new CodebookFileError(fileName, aboutFile(fileName, key, values), options)
}
