/** The codebook files Themata reads and writes; kept apart from the parsers so the UI can list them cheaply. */
import type { MessageKey } from '../i18n/format'

/** What an import accepts: REFI-QDA codebooks and projects, and the CSV Themata writes. */
export const CODEBOOK_EXTENSIONS = ['.qdc', '.qdpx', '.qde', '.csv'] as const

export type CodebookFormat = 'qdc' | 'csv'

/** Each format's extension, its Save dialog filter's name (a catalogue message) and its MIME type. */
export const CODEBOOK_FORMATS: Record<CodebookFormat, { extension: string; label: MessageKey; mimeType: string }> = {
  qdc: { extension: '.qdc', label: 'dialog.refiCodebook', mimeType: 'application/xml' },
  csv: { extension: '.csv', label: 'dialog.csvSpreadsheet', mimeType: 'text/csv' }
}

export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.')
  return dot < 0 ? '' : fileName.slice(dot).toLowerCase()
}
