/**
 * One entry point for every import, in main and renderer alike: checks the bytes, picks
 * the format by extension, parses, normalizes. Nothing but ImportError ever leaves it.
 */
import { MAX_FILE_BYTES } from '../ipc/contract'
import type { ImportedDocument, NormalizedDocument, SourceFormat } from '../document'
import { decodeText, isBlank } from './decode'
import { ImportError, isImportError, quoteName, tooLargeError, unsupportedError } from './errors'
import { declaredCharset, parseHtml } from './html'
import { parseMarkdown } from './markdown'
import { normalizeDocument, type RawDocument } from './normalize'
import { parseText } from './text'

export interface ImportEnv {
  /** A DOM window for parsing HTML: the renderer's own, or jsdom's in main and tests. */
  window: Window & typeof globalThis
}

interface Importer {
  format: SourceFormat
  /** Lower-case, with the dot. */
  extensions: readonly string[]
  read(bytes: Uint8Array, fileName: string, env: ImportEnv): RawDocument | Promise<RawDocument>
}

/** Adding a format (DOCX, ODT, PDF) is one entry here. */
const importers: readonly Importer[] = [
  { format: 'txt', extensions: ['.txt', '.text'], read: (bytes, name) => parseText(decodeText(bytes, name)) },
  { format: 'md', extensions: ['.md', '.markdown'], read: (bytes, name) => parseMarkdown(decodeText(bytes, name)) },
  {
    format: 'html',
    extensions: ['.html', '.htm'],
    read: (bytes, name, env) => parseHtml(decodeText(bytes, name, declaredCharset(bytes)), env.window)
  }
]

export const SUPPORTED_EXTENSIONS: readonly string[] = importers.flatMap((importer) => importer.extensions)

function importerFor(fileName: string): Importer | undefined {
  const dot = fileName.lastIndexOf('.')
  const extension = dot > 0 ? fileName.slice(dot).toLowerCase() : ''
  return importers.find((importer) => importer.extensions.includes(extension))
}

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  // WebCrypto takes only ArrayBuffer-backed views; copy the rare shared-memory one.
  const data = bytes.buffer instanceof ArrayBuffer ? (bytes as Uint8Array<ArrayBuffer>) : bytes.slice()
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', data))
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('')
}

export async function importDocument(bytes: Uint8Array, fileName: string, env: ImportEnv): Promise<ImportedDocument> {
  if (bytes.byteLength > MAX_FILE_BYTES) throw tooLargeError(fileName, bytes.byteLength, MAX_FILE_BYTES)
  if (isBlank(bytes)) throw new ImportError('empty', fileName)
  const importer = importerFor(fileName)
  if (!importer) throw unsupportedError(fileName, SUPPORTED_EXTENSIONS)

  let document: NormalizedDocument
  try {
    document = normalizeDocument(await importer.read(bytes, fileName, env))
  } catch (error) {
    if (isImportError(error)) throw error
    const message = `Themata could not read ${quoteName(fileName)}; the file may be damaged.`
    throw new ImportError('unreadable', fileName, message, { cause: error })
  }
  if (document.blocks.length === 0) {
    throw new ImportError('empty', fileName, `${quoteName(fileName)} has no readable text.`)
  }
  return { ...document, fileName, format: importer.format, contentHash: await sha256Hex(bytes), byteLength: bytes.byteLength }
}
