/** Why an import failed, as one sentence a person can act on. */

export type ImportErrorCode =
  | 'empty'
  | 'binary'
  | 'too-large'
  | 'unsupported'
  | 'unreadable'
  | 'corrupt'
  | 'encrypted'
  | 'no-text-layer'

const defaultMessages: Record<ImportErrorCode, (name: string) => string> = {
  empty: (name) => `${name} is empty — there is nothing to read.`,
  binary: (name) => `${name} looks like binary data, not text.`,
  'too-large': (name) => `${name} is larger than Themata can open.`,
  unsupported: (name) => `${name} is not a format Themata can open.`,
  unreadable: (name) => `Themata could not read ${name}.`,
  corrupt: (name) => `${name} is damaged or incomplete and could not be opened.`,
  encrypted: (name) => `${name} is password-protected; remove the password and open it again.`,
  'no-text-layer': (name) => `${name}: This PDF has no text layer (scanned?) — OCR is not supported yet.`
}

/** The file name as messages show it: in quotes, so odd names still read as names. */
export function quoteName(fileName: string): string {
  return `“${fileName}”`
}

export class ImportError extends Error {
  override readonly name = 'ImportError'
  // Plain fields, not parameter properties: the CLI runs this file with Node's type stripping.
  readonly code: ImportErrorCode
  readonly fileName: string

  constructor(code: ImportErrorCode, fileName: string, message: string = defaultMessages[code](quoteName(fileName)), options?: ErrorOptions) {
    super(message, options)
    this.code = code
    this.fileName = fileName
  }
}

export function isImportError(error: unknown): error is ImportError {
  return error instanceof ImportError
}

const MB = 1024 * 1024

/** Sizes in MB with one decimal, rounded up so a file just over the limit never reads as "50.0 MB". */
function formatMegabytes(bytes: number): string {
  const mb = Math.ceil((bytes / MB) * 10) / 10
  return Number.isInteger(mb) ? `${mb} MB` : `${mb.toFixed(1)} MB`
}

export function tooLargeError(fileName: string, byteLength: number, limit: number): ImportError {
  const message = `${quoteName(fileName)} is ${formatMegabytes(byteLength)}; Themata opens files up to ${formatMegabytes(limit)}.`
  return new ImportError('too-large', fileName, message)
}

export function unsupportedError(fileName: string, extensions: readonly string[]): ImportError {
  const message = `${quoteName(fileName)} is not a format Themata can open (${extensions.join(', ')}).`
  return new ImportError('unsupported', fileName, message)
}

/** Counts as people read them: "200,000". */
const count = (n: number): string => n.toLocaleString('en-US')

/**
 * An article longer than the editor keeps responsive with: by characters ("21.5 million characters")
 * or, for texts of very short paragraphs, by paragraphs.
 */
export function articleTooLongError(fileName: string, characters: number, paragraphs: number, limits: { characters: number; paragraphs: number }): ImportError {
  const millions = (n: number): string => `${Math.ceil((n / 1_000_000) * 10) / 10} million`
  const message =
    characters > limits.characters
      ? `${quoteName(fileName)} holds ${millions(characters)} characters of text; Themata opens articles of up to ${millions(limits.characters)} (about 2,000 pages).`
      : `${quoteName(fileName)} has ${count(paragraphs)} paragraphs; Themata opens articles of up to ${count(limits.paragraphs)}.`
  return new ImportError('too-large', fileName, message)
}
