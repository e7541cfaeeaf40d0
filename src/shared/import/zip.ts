/** The parts of a zip-packaged document (DOCX, ODT) that an importer reads, within limits no zip bomb passes. */
import { checkZip, unzipBounded, ZipError, type ZipLimits } from '../zip/boundedUnzip'
import { ImportError } from './errors'

const MB = 1024 * 1024

/** An article unpacks to far less; anything more is a zip bomb, not a document. */
export const DOCUMENT_ZIP_LIMITS: ZipLimits = { maxEntries: 10_000, maxTotalBytes: 256 * MB }

function importError(error: unknown, fileName: string): ImportError {
  if (!(error instanceof ZipError)) return new ImportError('corrupt', fileName, undefined, { cause: error })
  if (error.kind === 'too-large') {
    return new ImportError('too-large', fileName, { key: 'importError.zipBomb', values: { limit: DOCUMENT_ZIP_LIMITS.maxTotalBytes / MB } }, { cause: error })
  }
  return new ImportError(error.kind === 'encrypted' ? 'encrypted' : 'corrupt', fileName, undefined, { cause: error })
}

/**
 * The named parts as text (absent ones are missing from the map). The central directory is checked
 * first and every part inflated under a cap: a file that is not a readable zip is 'corrupt', one that
 * unpacks to too much is 'too-large', before it can take the memory.
 */
export function unzipParts(bytes: Uint8Array, names: readonly string[], fileName: string): Map<string, string> {
  let parts: Map<string, Uint8Array>
  try {
    parts = unzipBounded(bytes, names, DOCUMENT_ZIP_LIMITS)
  } catch (error) {
    throw importError(error, fileName)
  }
  const decoder = new TextDecoder()
  return new Map(Array.from(parts, ([name, data]) => [name, decoder.decode(data)]))
}

/** Inflates (and drops) every part, for an archive a library will unzip by itself: it is then known to be within the limits. */
export function checkDocumentZip(bytes: Uint8Array, fileName: string): void {
  try {
    checkZip(bytes, DOCUMENT_ZIP_LIMITS)
  } catch (error) {
    throw importError(error, fileName)
  }
}
