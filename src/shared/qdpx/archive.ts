/**
 * A REFI-QDA project file → its project document and the plain-text files beside it. A `.qdpx` is a
 * zip (deflated or stored) holding `project.qde` (or `Project.qde`) and a `sources/` (or `Sources/`)
 * folder; a bare `.qde` has no files at all. Only what an import reads is unpacked: the project
 * document, `.txt` files and Themata's own `themata.json`; pictures, recordings and `.docx` copies stay packed.
 */
import { declaredXmlEncoding } from '../codebookExchange/readCodebookFile'
import { decodeText } from '../import/decode'
import { isImportError } from '../import/errors'
import { projectError } from '../project/errors'
import { unzipWhere, ZipError } from '../zip/boundedUnzip'
import { SIDECAR_NAME } from './sidecar'

/** More unpacked bytes than this is a zip bomb, not a project. */
const MAX_UNPACKED_BYTES = 1024 * 1024 * 1024

export interface ProjectArchive {
  xml: string
  /** File name in lower case (no folder) → bytes, for resolving `plainTextPath`s. */
  files: Map<string, Uint8Array>
  /** The bytes of themata.json, when Themata wrote the archive. */
  sidecar: Uint8Array | null
}

const baseName = (path: string): string => path.slice(path.lastIndexOf('/') + 1)
const depth = (path: string): number => path.split('/').length

function decodeXml(bytes: Uint8Array, fileName: string): string {
  try {
    return decodeText(bytes, fileName, declaredXmlEncoding(bytes))
  } catch (error) {
    if (isImportError(error)) throw projectError(fileName, 'projectError.notText', {}, { cause: error })
    throw error
  }
}

/** What an import reads, unpacked within bounds (a zip bomb is stopped before it takes the memory). */
function unzip(bytes: Uint8Array, fileName: string): Record<string, Uint8Array> {
  const wanted = (path: string): boolean => {
    const name = path.toLowerCase()
    return !name.endsWith('/') && (name.endsWith('.qde') || name.endsWith('.txt') || name === SIDECAR_NAME)
  }
  try {
    return unzipWhere(bytes, wanted, { maxEntries: 100_000, maxTotalBytes: MAX_UNPACKED_BYTES })
  } catch (error) {
    if (!(error instanceof ZipError)) throw error
    if (error.kind === 'too-large') throw projectError(fileName, 'projectError.tooLarge', {}, { cause: error })
    if (error.kind === 'encrypted') throw projectError(fileName, 'projectError.encrypted', {}, { cause: error })
    if (error.kind === 'damaged') throw projectError(fileName, 'projectError.damaged', {}, { cause: error })
    throw projectError(fileName, 'projectError.notZip', {}, { cause: error })
  }
}

/** Opens a `.qdpx` archive or a bare `.qde` document; throws ProjectFileError (one sentence). */
export function openProjectArchive(bytes: Uint8Array, fileName: string): ProjectArchive {
  if (bytes.byteLength === 0) throw projectError(fileName, 'projectError.empty')
  if (fileName.toLowerCase().endsWith('.qde')) return { xml: decodeXml(bytes, fileName), files: new Map(), sidecar: null }
  const parts = unzip(bytes, fileName)
  const names = Object.keys(parts)
  // The project document at the top of the archive wins over any copy in a folder.
  const project = names.filter((n) => /(^|\/)project\.qde$/i.test(n)).sort((a, b) => depth(a) - depth(b))[0]
  if (project === undefined) throw projectError(fileName, 'projectError.noProjectDocument')
  const files = new Map<string, Uint8Array>()
  // Files under sources/ (any case) first, so they win over a same-named file elsewhere.
  const inSources = (n: string): number => (/(^|\/)sources\//i.test(n) ? 0 : 1)
  for (const name of names.filter((n) => n.toLowerCase().endsWith('.txt')).sort((a, b) => inSources(a) - inSources(b))) {
    const key = baseName(name).toLowerCase()
    if (!files.has(key)) files.set(key, parts[name] as Uint8Array)
  }
  const sidecar = names.find((n) => n.toLowerCase() === SIDECAR_NAME)
  return { xml: decodeXml(parts[project] as Uint8Array, fileName), files, sidecar: sidecar === undefined ? null : (parts[sidecar] as Uint8Array) }
}

/** The file a `plainTextPath` names (`internal://X.txt`, `relative:///X.txt`, a bare `X.txt`), matched by name without case. */
export function resolvePath(archive: ProjectArchive, path: string | null): Uint8Array | undefined {
  if (!path) return undefined
  const withoutScheme = path.replace(/^[a-z][a-z0-9+.-]*:\/*/i, '').replace(/\\/g, '/')
  let name: string
  try {
    name = decodeURIComponent(baseName(withoutScheme))
  } catch {
    name = baseName(withoutScheme)
  }
  return archive.files.get(name.toLowerCase())
}
