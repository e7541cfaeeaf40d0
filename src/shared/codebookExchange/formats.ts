/** The codebook files Themata reads and writes; kept apart from the parsers so the UI can list them cheaply. */

/** What an import accepts: REFI-QDA codebooks and projects, and the CSV Themata writes. */
export const CODEBOOK_EXTENSIONS = ['.qdc', '.qdpx', '.qde', '.csv'] as const

export type CodebookFormat = 'qdc' | 'csv'

export const CODEBOOK_FORMATS: Record<CodebookFormat, { extension: string; label: string; mimeType: string }> = {
  qdc: { extension: '.qdc', label: 'REFI-QDA codebook', mimeType: 'application/xml' },
  csv: { extension: '.csv', label: 'CSV spreadsheet', mimeType: 'text/csv' }
}

export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.')
  return dot < 0 ? '' : fileName.slice(dot).toLowerCase()
}
