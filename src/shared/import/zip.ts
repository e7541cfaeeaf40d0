/** The parts of a zip-packaged document (DOCX, ODT) that an importer reads, unpacked with fflate. */
import { unzipSync } from 'fflate'
import { ImportError } from './errors'

/** More unpacked bytes than this is a zip bomb, not an article. */
const MAX_UNPACKED_BYTES = 256 * 1024 * 1024

/**
 * The named parts as text (absent ones are missing from the map). Checks the whole archive first:
 * a file that is not a readable zip is 'corrupt', one that unpacks to too much is 'too-large'.
 */
export function unzipParts(bytes: Uint8Array, names: readonly string[], fileName: string): Map<string, string> {
  let unpacked = 0
  let parts: Record<string, Uint8Array>
  try {
    parts = unzipSync(bytes, {
      filter: (file) => {
        unpacked += file.originalSize
        if (unpacked > MAX_UNPACKED_BYTES) throw new ImportError('too-large', fileName)
        return names.includes(file.name)
      }
    })
  } catch (error) {
    throw error instanceof ImportError ? error : new ImportError('corrupt', fileName, undefined, { cause: error })
  }
  const decoder = new TextDecoder()
  return new Map(Object.entries(parts).map(([name, data]) => [name, decoder.decode(data)]))
}
