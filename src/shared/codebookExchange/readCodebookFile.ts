/**
 * A codebook file's bytes → codebook tree, whatever the format: a REFI-QDA codebook (.qdc), a
 * REFI-QDA project (.qdpx archive or bare .qde: its codebook), or CSV. Nothing but a
 * CodebookFileError (one sentence) leaves it.
 */
import { decodeText } from '../import/decode'
import { isImportError } from '../import/errors'
import { parseCodebookCsv } from '../codebookCsv/parseCodebookCsv'
import { parseQdcXml } from '../qdc/parseQdc'
import { projectXmlBytes } from '../qdc/qdpx'
import { CodebookFileError, codebookError } from './errors'
import { CODEBOOK_EXTENSIONS, extensionOf } from './formats'
import type { CodebookNode } from './tree'

/** The encoding an XML declaration names, if any (read from the ASCII start of the file). */
export function declaredXmlEncoding(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200))
  return /^\s*<\?xml[^>]*\sencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head)?.[1]
}

function decode(bytes: Uint8Array, fileName: string, declared?: string): string {
  try {
    return decodeText(bytes, fileName, declared)
  } catch (error) {
    throw isImportError(error) ? new CodebookFileError(fileName, error.words, { cause: error }) : error
  }
}

function read(bytes: Uint8Array, fileName: string): CodebookNode[] {
  if (bytes.byteLength === 0) throw codebookError(fileName, 'codebookError.empty')
  switch (extensionOf(fileName)) {
    case '.qdpx': {
      const xml = projectXmlBytes(bytes, fileName)
      return parseQdcXml(decode(xml, fileName, declaredXmlEncoding(xml)), fileName)
    }
    case '.qdc':
    case '.qde':
      return parseQdcXml(decode(bytes, fileName, declaredXmlEncoding(bytes)), fileName)
    case '.csv':
      return parseCodebookCsv(decode(bytes, fileName), fileName)
    default:
      throw codebookError(fileName, 'codebookError.notCodebookFile', { formats: CODEBOOK_EXTENSIONS.join(', ') })
  }
}

export function readCodebookFile(bytes: Uint8Array, fileName: string): CodebookNode[] {
  try {
    return read(bytes, fileName)
  } catch (error) {
    if (error instanceof CodebookFileError) throw error
    throw codebookError(fileName, 'codebookError.unreadable', {}, { cause: error })
  }
}
