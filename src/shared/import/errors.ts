/**
 * Why an import failed, as one sentence a person can act on. The sentence is a catalogue message
 * with its values (`words`), so whoever tells the user words it in their language
 * (`describeError`); `message` is the English, for the CLI and the logs.
 */
import type { MessageKey, MessageValues } from '../i18n/format'
import { aboutFile, FileError } from '../i18n/words'

export type ImportErrorCode =
  | 'empty'
  | 'binary'
  | 'too-large'
  | 'unsupported'
  | 'unreadable'
  | 'corrupt'
  | 'encrypted'
  | 'no-text-layer'

const DEFAULT_KEYS: Record<ImportErrorCode, MessageKey> = {
  empty: 'importError.empty',
  binary: 'importError.binary',
  'too-large': 'importError.tooLarge',
  unsupported: 'importError.unsupported',
  unreadable: 'importError.unreadable',
  corrupt: 'importError.corrupt',
  encrypted: 'importError.encrypted',
  'no-text-layer': 'importError.noTextLayer'
}

/** The file name as messages show it: in quotes, so odd names still read as names. */
export function quoteName(fileName: string): string {
  return `“${fileName}”`
}

export class ImportError extends FileError {
  override readonly name = 'ImportError'
  // A plain field, not a parameter property: the CLI runs this file with Node's type stripping.
  readonly code: ImportErrorCode

  /** `sentence`: the message and its values, filled in with the file's `name` too (the code's own sentence when not given). */
  constructor(code: ImportErrorCode, fileName: string, sentence?: { key: MessageKey; values?: MessageValues }, options?: ErrorOptions) {
    super(fileName, aboutFile(fileName, sentence?.key ?? DEFAULT_KEYS[code], sentence?.values), options)
    this.code = code
  }
}

export function isImportError(error: unknown): error is ImportError {
  return error instanceof ImportError
}

const MB = 1024 * 1024

/** Sizes in MB with one decimal, rounded up so a file just over the limit never reads as "50.0 MB". */
function megabytes(bytes: number): number {
  return Math.ceil((bytes / MB) * 10) / 10
}

export function tooLargeError(fileName: string, byteLength: number, limit: number): ImportError {
  return new ImportError('too-large', fileName, { key: 'importError.tooLargeSize', values: { size: megabytes(byteLength), limit: megabytes(limit) } })
}

export function unsupportedError(fileName: string, extensions: readonly string[]): ImportError {
  return new ImportError('unsupported', fileName, { key: 'importError.unsupportedFormats', values: { formats: extensions.join(', ') } })
}

/**
 * An article longer than the editor keeps responsive with: by characters ("21.5 million characters")
 * or, for texts of very short paragraphs, by paragraphs.
 */
export function articleTooLongError(fileName: string, characters: number, paragraphs: number, limits: { characters: number; paragraphs: number }): ImportError {
  const millions = (n: number): number => Math.ceil((n / 1_000_000) * 10) / 10
  return characters > limits.characters
    ? new ImportError('too-large', fileName, { key: 'importError.tooManyCharacters', values: { millions: millions(characters), limit: millions(limits.characters) } })
    : new ImportError('too-large', fileName, { key: 'importError.tooManyParagraphs', values: { count: paragraphs, limit: limits.paragraphs } })
}
