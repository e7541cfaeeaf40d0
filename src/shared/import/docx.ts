/**
 * Word (.docx): mammoth turns the body into plain HTML — headings, lists, quotes, tables, notes —
 * which the HTML block walker reads; the core properties (docProps/core.xml) give the metadata.
 */
import mammoth from 'mammoth'
import type { Block } from '../document'
import { childElements } from './dom'
import { ImportError } from './errors'
import { htmlBlocks } from './htmlBlocks'
import type { RawDocument } from './normalize'
import { parseXml, textOf } from './xml'
import { checkDocumentZip, unzipParts } from './zip'

const QUOTE_STYLES = ['Quote', 'Intense Quote', 'Quotations', 'Block Quotation', 'Block Text']
/** Mammoth's default style map knows headings and lists; quotations and the Title style are added. */
const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  ...QUOTE_STYLES.map((style) => `p[style-name='${style}'] => blockquote > p:fresh`)
]
/** Image bytes are never read: the text is all Themata keeps. */
const SKIP_IMAGES = mammoth.images.imgElement(async () => ({ src: '' }))

const DC = 'http://purl.org/dc/elements/1.1/'
const DCTERMS = 'http://purl.org/dc/terms/'
const CORE_PROPERTIES = 'docProps/core.xml'

/** Word saves a password-protected .docx as an OLE compound file holding an "EncryptedPackage" stream. */
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]

function rejectOleFile(bytes: Uint8Array, fileName: string): void {
  if (!OLE_SIGNATURE.every((byte, i) => bytes[i] === byte)) return
  // Directory entry names are UTF-16LE at even offsets.
  if (new TextDecoder('utf-16le').decode(bytes).includes('EncryptedPackage')) throw new ImportError('encrypted', fileName)
  throw new ImportError('unsupported', fileName, { key: 'importError.oldWord' })
}

/**
 * Footnotes and endnotes as paragraphs "[1] text" for the end of the document. Mammoth puts them
 * in a closing list (items "footnote-N") with "↑" links back to their "[1]" markers; both are
 * taken out of the body here.
 */
function takeNotes(body: Element): Block[] {
  const markers = new Map<string, string>()
  for (const link of Array.from(body.getElementsByTagName('a'))) {
    const href = link.getAttribute('href') ?? ''
    if (/^#(?:foot|end)note-ref-/.test(href)) link.parentNode?.removeChild(link)
    else if (/^#(?:foot|end)note-/.test(href)) markers.set(href.slice(1), link.textContent ?? '')
  }
  const notes: Block[] = []
  for (const list of childElements(body).filter((element) => element.localName === 'ol')) {
    const items = childElements(list).filter((item) => markers.has(item.getAttribute('id') ?? ''))
    for (const item of items) {
      const text = htmlBlocks(item).map((block) => block.text).join(' ')
      notes.push({ type: 'paragraph', text: `${markers.get(item.getAttribute('id') ?? '')} ${text}` })
      list.removeChild(item)
    }
    if (items.length > 0 && childElements(list).length === 0) body.removeChild(list)
  }
  return notes
}

export async function parseDocx(bytes: Uint8Array, fileName: string): Promise<RawDocument> {
  rejectOleFile(bytes, fileName)
  // Mammoth unzips with JSZip, which believes whatever sizes the archive claims: check them first.
  checkDocumentZip(bytes, fileName)
  const parts = unzipParts(bytes, [CORE_PROPERTIES], fileName)
  let body: Element
  let core: Document | undefined
  try {
    // Node's mammoth reads `buffer`, the browser build `arrayBuffer`; JSZip takes a Uint8Array as either.
    const input = { buffer: bytes, arrayBuffer: bytes } as unknown as Parameters<typeof mammoth.convertToHtml>[0]
    const { value } = await mammoth.convertToHtml(input, { styleMap: STYLE_MAP, convertImage: SKIP_IMAGES, externalFileAccess: false })
    body = parseXml(`<body>${value}</body>`).documentElement
    const coreXml = parts.get(CORE_PROPERTIES)
    core = coreXml === undefined ? undefined : parseXml(coreXml)
  } catch (error) {
    throw new ImportError('corrupt', fileName, undefined, { cause: error })
  }
  const notes = takeNotes(body)
  return {
    blocks: [...htmlBlocks(body), ...notes],
    title: core && textOf(core, DC, 'title'),
    metadata: core && { author: textOf(core, DC, 'creator'), language: textOf(core, DC, 'language') },
    created: core && textOf(core, DCTERMS, 'created')
  }
}
