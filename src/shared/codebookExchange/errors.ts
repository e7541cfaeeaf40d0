/** Why a codebook file could not be imported, as one sentence; nothing was changed. */
import { quoteName } from '../import/errors'

export class CodebookFileError extends Error {
  override readonly name = 'CodebookFileError'
  // A plain field, not a parameter property: the CLI runs this file with Node's type stripping.
  readonly fileName: string

  constructor(fileName: string, sentence: string, options?: ErrorOptions) {
    super(sentence, options)
    this.fileName = fileName
  }
}

/** "“name.qdc” " + what is wrong, ending with a full stop. */
export function codebookError(fileName: string, what: string, options?: ErrorOptions): CodebookFileError {
  return new CodebookFileError(fileName, `${quoteName(fileName)} ${what}`, options)
}
