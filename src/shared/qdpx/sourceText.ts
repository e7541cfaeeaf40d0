/**
 * A text source's text, raw as the file stores it (where its positions point) and canonical as the
 * app keeps it (through the normal text importer), with the map between the two. A text Themata
 * wrote is canonical already: its sidecar gives back the block kinds and the map is the identity.
 */
import { BLOCK_SEPARATOR, type Block } from '../document'
import { decodeText } from '../import/decode'
import { isImportError } from '../import/errors'
import { words, type Words } from '../i18n/words'
import { importDocument } from '../import/index'
import { cleanText } from '../import/normalize'
import { resolvePath, type ProjectArchive } from './archive'
import { guidKey } from './guids'
import { IDENTITY_MAP, offsetMap, type OffsetMap } from './offsetMap'
import type { QdeTextSource } from './readQde'
import type { Sidecar, SidecarSource } from './sidecar'

export interface SourceText {
  raw: string
  canonical: string
  blocks: Block[]
  map: OffsetMap
  byteLength: number
  contentHash: string
  /** The article's record fields as Themata wrote them, when the archive is Themata's. */
  extras: SidecarSource | null
}

export type SourceTextOutcome = { text: SourceText } | { reason: Words }

/** The blocks the sidecar describes, when the text is still exactly what they add up to. */
function sidecarBlocks(raw: string, extras: SidecarSource): Block[] | null {
  const texts = raw.split(BLOCK_SEPARATOR)
  if (texts.length !== extras.blocks.length || texts.some((t) => t === '' || cleanText(t) !== t)) return null
  return extras.blocks.map((kind, i) => ({ ...kind, text: texts[i] as string }))
}

function bytesOf(source: QdeTextSource, archive: ProjectArchive): Uint8Array | undefined {
  if (source.plainTextContent !== null) return new TextEncoder().encode(source.plainTextContent)
  // Tools name the file after the source (NVivo, MAXQDA) or not (ATLAS.ti): the path first, then the GUID.
  return resolvePath(archive, source.plainTextPath) ?? archive.files.get(`${guidKey(source.guid)}.txt`)
}

export async function sourceText(source: QdeTextSource, title: string, archive: ProjectArchive, sidecar: Sidecar | null, bare: boolean): Promise<SourceTextOutcome> {
  const bytes = bytesOf(source, archive)
  if (bytes === undefined) {
    if (source.plainTextPath === null) return { reason: words('sourceText.none') }
    return { reason: bare ? words('sourceText.bareQde') : words('sourceText.missing', { path: source.plainTextPath }) }
  }
  let raw: string
  try {
    raw = decodeText(bytes, title)
  } catch (error) {
    if (isImportError(error)) return { reason: words('sourceText.notText') }
    throw error
  }
  if (raw.trim() === '') return { reason: words('sourceText.empty') }
  const extras = sidecar?.sources[guidKey(source.guid)] ?? null
  const blocks = extras && sidecarBlocks(raw, extras)
  if (extras && blocks) {
    return { text: { raw, canonical: raw, blocks, map: IDENTITY_MAP, byteLength: extras.byteLength, contentHash: extras.contentHash, extras } }
  }
  try {
    const document = await importDocument(bytes, `${title.replace(/[\\/]/g, '_')}.txt`, {})
    return {
      text: { raw, canonical: document.text, blocks: document.blocks, map: offsetMap(raw, document.text), byteLength: bytes.byteLength, contentHash: document.contentHash, extras: null }
    }
  } catch (error) {
    if (isImportError(error)) return { reason: error.words }
    throw error
  }
}
