/** The project document (project.qde) inside a REFI-QDA project archive (.qdpx), unzipped within bounds. */
import { readEntry, zipEntries, ZipError, type ZipLimits } from '../zip/boundedUnzip'
import { codebookError } from '../codebookExchange/errors'

/** A project document larger than this is not one a codebook import should unpack. */
const MAX_PROJECT_XML_BYTES = 64 * 1024 * 1024
/**
 * Only project.qde is read, so the sources beside it (media, often larger unpacked than the 50 MB
 * archive) are only counted; inflating project.qde stops at what it claims, whatever it claims.
 */
const QDPX_LIMITS: ZipLimits = { maxEntries: 100_000, maxTotalBytes: Number.MAX_SAFE_INTEGER }

/** The bytes of the archive's project.qde (any case: ATLAS.ti writes Project.qde), unpacking nothing else. */
export function projectXmlBytes(bytes: Uint8Array, fileName: string): Uint8Array {
  let entries
  try {
    entries = zipEntries(bytes, QDPX_LIMITS)
  } catch (error) {
    throw codebookError(fileName, 'projectError.notZip', {}, { cause: error })
  }
  // The one at the top of the archive wins over any copy in a folder.
  const project = entries
    .filter((entry) => /(^|\/)project\.qde$/i.test(entry.name))
    .sort((a, b) => a.name.split('/').length - b.name.split('/').length)[0]
  if (project === undefined) throw codebookError(fileName, 'projectError.noProjectDocument')
  if (project.size > MAX_PROJECT_XML_BYTES) throw codebookError(fileName, 'codebookError.projectTooLarge')
  try {
    return readEntry(bytes, project, MAX_PROJECT_XML_BYTES)
  } catch (error) {
    const encrypted = error instanceof ZipError && error.kind === 'encrypted'
    throw codebookError(fileName, encrypted ? 'projectError.encrypted' : 'codebookError.projectDamaged', {}, { cause: error })
  }
}
