/** Why a project file could not be imported or exported, as one sentence; nothing was changed. */
import type { MessageKey } from '../i18n/format'
import { aboutFile, FileError, type WordValue } from '../i18n/words'

export class ProjectFileError extends FileError {
  override readonly name = 'ProjectFileError'
}

export function projectError(fileName: string, key: MessageKey, values?: Readonly<Record<string, WordValue>>, options?: ErrorOptions): ProjectFileError {
  return new ProjectFileError(fileName, aboutFile(fileName, key, values), options)
}
