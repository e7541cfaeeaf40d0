/**
 * One entry point for every import, in main and renderer alike: checks the bytes, picks
 * the format by extension, parses, normalizes. Nothing but ImportError ever leaves it.
 */
import { MAX_FILE_BYTES, type ImportProgress } from '../ipc/contract'
import type { ImportedDocument, NormalizedDocument, SourceFormat } from '../document'
import { decodeText, isBlank } from './decode'
import { parseDocx } from './docx'
import { articleTooLongError, ImportError, isImportError, tooLargeError, unsupportedError } from './errors'
import { declaredCharset, parseHtml, type HtmlWindow } from './html'
import { parseMarkdown } from './markdown'
import { normalizeDocument, type RawDocument } from './normalize'
import { parseOdt } from './odt'
import { parsePdf, type PdfJs } from './pdf'
import { parseText } from './text'
import { formatOf, SUPPORTED_EXTENSIONS } from './formats'

export { SUPPORTED_EXTENSIONS } from './formats'
export type { PdfJs } from './pdf'

/** What the host provides; each is needed only by the formats named. */
export interface ImportEnv {
  /** For HTML: a DOM window (DOMParser, DOMPurify, Readability) — the page's own, or jsdom's in Node. */
  window?: HtmlWindow
  /** For PDF: loads PDF.js — the legacy build in Node, the browser build in the renderer's import worker. */
  loadPdfjs?: () => Promise<PdfJs>
  /** Told how far a long import has got (PDF: page by page). */
  onProgress?: (progress: ImportProgress) => void
}

/**
 * The longest article Themata opens. The editor builds every paragraph of an article when it opens
 * it, so past these (about 2,000 pages) the window would freeze for seconds; such a text is refused
 * in one sentence instead (docs/SECURITY.md, *Huge inputs*).
 */
export const ARTICLE_LIMITS = { characters: 5_000_000, paragraphs: 100_000 } as const

type Reader = (bytes: Uint8Array, fileName: string, env: ImportEnv) => RawDocument | Promise<RawDocument>

function provided<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`this import environment has no ${what}`)
  return value
}

/** One parser per format; the extensions of each are in formats.ts. */
const readers: Record<SourceFormat, Reader> = {
  txt: (bytes, name) => parseText(decodeText(bytes, name)),
  md: (bytes, name) => parseMarkdown(decodeText(bytes, name)),
  html: (bytes, name, env) => parseHtml(decodeText(bytes, name, declaredCharset(bytes)), provided(env.window, 'DOM window')),
  docx: parseDocx,
  odt: parseOdt,
  pdf: async (bytes, name, env) => parsePdf(bytes, name, await provided(env.loadPdfjs, 'PDF.js')(), env.onProgress)
}

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  // WebCrypto takes only ArrayBuffer-backed views; copy the rare shared-memory one.
  const data = bytes.buffer instanceof ArrayBuffer ? (bytes as Uint8Array<ArrayBuffer>) : bytes.slice()
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', data))
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('')
}

export async function importDocument(bytes: Uint8Array, fileName: string, env: ImportEnv): Promise<ImportedDocument> {
  if (bytes.byteLength > MAX_FILE_BYTES) throw tooLargeError(fileName, bytes.byteLength, MAX_FILE_BYTES)
  if (isBlank(bytes)) throw new ImportError('empty', fileName)
  const format = formatOf(fileName)
  if (!format) throw unsupportedError(fileName, SUPPORTED_EXTENSIONS)

  let document: NormalizedDocument
  try {
    document = normalizeDocument(await readers[format](bytes, fileName, env))
  } catch (error) {
    if (isImportError(error)) throw error
    throw new ImportError('unreadable', fileName, { key: 'importError.damaged' }, { cause: error })
  }
  if (document.blocks.length === 0) {
    throw new ImportError('empty', fileName, { key: 'importError.noText' })
  }
  if (document.text.length > ARTICLE_LIMITS.characters || document.blocks.length > ARTICLE_LIMITS.paragraphs) {
    throw articleTooLongError(fileName, document.text.length, document.blocks.length, ARTICLE_LIMITS)
  }
  return { ...document, fileName, format, contentHash: await sha256Hex(bytes), byteLength: bytes.byteLength }
}
