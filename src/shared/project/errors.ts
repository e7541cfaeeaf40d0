/** Why a project file could not be imported or exported, as one sentence; nothing was changed. */
import { quoteName } from '../import/errors'

export class ProjectFileError extends Error {
  override readonly name = 'ProjectFileError'
  // A plain field, not a parameter property: the CLI runs this file with Node's type stripping.
  readonly fileName: string

  constructor(fileName: string, sentence: string, options?: ErrorOptions) {
    super(sentence, options)
    this.fileName = fileName
  }
}

/** "“name.qdpx” " + what is wrong, ending with a full stop. */
export function projectError(fileName: string, what: string, options?: ErrorOptions): ProjectFileError {
  return new ProjectFileError(fileName, `${quoteName(fileName)} ${what}`, options)
}
