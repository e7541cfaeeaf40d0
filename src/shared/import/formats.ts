/**
 * Which file extensions are which format. Kept apart from the parsers so the UI (file input
 * filters, dialog filters, messages) can list them without loading any parser.
 */
import type { SourceFormat } from '../document'

/** Lower-case, with the dot. Adding a format is one entry here and one parser in index.ts. */
export const FORMAT_EXTENSIONS: Readonly<Record<SourceFormat, readonly string[]>> = {
  txt: ['.txt', '.text'],
  md: ['.md', '.markdown'],
  html: ['.html', '.htm'],
  docx: ['.docx'],
  odt: ['.odt'],
  pdf: ['.pdf']
}

/**
 * Formats whose parser needs a DOM window (DOMParser, DOMPurify, Readability). The others need
 * none, so browser mode runs them in a Web Worker, off the UI thread.
 */
export const DOM_FORMATS: ReadonlySet<SourceFormat> = new Set(['html'])

export const SUPPORTED_EXTENSIONS: readonly string[] = Object.values(FORMAT_EXTENSIONS).flat()

/** The format a file name's extension stands for, or undefined when Themata cannot open it. */
export function formatOf(fileName: string): SourceFormat | undefined {
  const dot = fileName.lastIndexOf('.')
  const extension = dot > 0 ? fileName.slice(dot).toLowerCase() : ''
  return (Object.keys(FORMAT_EXTENSIONS) as SourceFormat[]).find((format) => FORMAT_EXTENSIONS[format].includes(extension))
}
