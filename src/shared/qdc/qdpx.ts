/** The project document (project.qde) inside a REFI-QDA project archive (.qdpx), unzipped with fflate. */
import { unzipSync } from 'fflate'
import { codebookError } from '../codebookExchange/errors'

/** A project document larger than this is not one a codebook import should unpack. */
const MAX_PROJECT_XML_BYTES = 64 * 1024 * 1024

/** The bytes of the archive's project.qde (any case: ATLAS.ti writes Project.qde), unpacking nothing else. */
export function projectXmlBytes(bytes: Uint8Array, fileName: string): Uint8Array {
  let tooLarge = false
  let parts: Record<string, Uint8Array>
  try {
    parts = unzipSync(bytes, {
      filter: (file) => {
        if (!/(^|\/)project\.qde$/i.test(file.name)) return false
        if (file.originalSize > MAX_PROJECT_XML_BYTES) tooLarge = true
        return !tooLarge
      }
    })
  } catch (error) {
    throw codebookError(fileName, 'is not a zip archive, so it is not a REFI-QDA project (.qdpx).', { cause: error })
  }
  if (tooLarge) throw codebookError(fileName, 'holds a project document too large to read.')
  // The one at the top of the archive wins over any copy in a folder.
  const names = Object.keys(parts).sort((a, b) => a.split('/').length - b.split('/').length)
  const first = names[0]
  if (first === undefined) throw codebookError(fileName, 'holds no project.qde, so it is not a REFI-QDA project (.qdpx).')
  return parts[first] as Uint8Array
}
