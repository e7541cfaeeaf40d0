/**
 * OpenDocument text (.odt): content.xml walked into blocks — headings by outline level or by their
 * paragraph style's, quotations by style, list items, table rows, notes at the end — and meta.xml's
 * title, author, creation date and language.
 */
import type { Block, BlockType } from '../document'
import { childElements, childNodes, isElement, isText } from './dom'
import { ImportError } from './errors'
import type { RawDocument } from './normalize'
import { parseXml, textOf } from './xml'
import { unzipParts } from './zip'

const NS = {
  office: 'urn:oasis:names:tc:opendocument:xmlns:office:1.0',
  text: 'urn:oasis:names:tc:opendocument:xmlns:text:1.0',
  table: 'urn:oasis:names:tc:opendocument:xmlns:table:1.0',
  style: 'urn:oasis:names:tc:opendocument:xmlns:style:1.0',
  draw: 'urn:oasis:names:tc:opendocument:xmlns:drawing:1.0',
  meta: 'urn:oasis:names:tc:opendocument:xmlns:meta:1.0',
  dc: 'http://purl.org/dc/elements/1.1/',
  manifest: 'urn:oasis:names:tc:opendocument:xmlns:manifest:1.0'
}
const MANIFEST = 'META-INF/manifest.xml'
const PARTS = ['content.xml', 'styles.xml', 'meta.xml', MANIFEST]
const QUOTE_STYLES = new Set(['Quotations', 'Quote', 'Intense Quote', 'Block Quotation'])
/** Text that is not the document's own reading text: comments, tracked deletions, indexes, ruby glosses. */
const SKIPPED = new Set(['annotation', 'annotation-end', 'tracked-changes', 'ruby-text', 'table-of-content', 'alphabetical-index', 'bibliography', 'illustration-index', 'object-index', 'table-index', 'user-index'])

const is = (element: Element, namespace: string, name: string): boolean => element.namespaceURI === namespace && element.localName === name
const attribute = (element: Element, namespace: string, name: string): string | undefined => element.getAttributeNS(namespace, name) || undefined

interface ParagraphStyle {
  name: string
  parent?: string
  headingLevel?: number
}

/** Paragraph styles by name: the named ones of styles.xml and the automatic ones of both parts. */
function readStyles(docs: readonly Document[]): Map<string, ParagraphStyle> {
  const styles = new Map<string, ParagraphStyle>()
  for (const doc of docs) {
    for (const element of Array.from(doc.getElementsByTagNameNS(NS.style, 'style'))) {
      const name = attribute(element, NS.style, 'name')
      if (name === undefined || attribute(element, NS.style, 'family') !== 'paragraph') continue
      // Names encode spaces as _20_; the display name is what the user picked.
      const displayName = attribute(element, NS.style, 'display-name') ?? name.replace(/_20_/g, ' ')
      const outline = Number(attribute(element, NS.style, 'default-outline-level'))
      // "Heading N" and "Title" are headings even without an outline level (as in documents made from HTML).
      const named = displayName === 'Title' ? 1 : Number(/^Heading (\d+)$/.exec(displayName)?.[1])
      styles.set(name, {
        name: displayName,
        parent: attribute(element, NS.style, 'parent-style-name'),
        headingLevel: outline > 0 ? outline : named > 0 ? named : undefined
      })
    }
  }
  return styles
}

const clampLevel = (level: number): number => Math.min(Math.max(Math.trunc(level) || 1, 1), 6)

class BodyReader {
  readonly blocks: Block[] = []
  readonly notes: Block[] = []

  private readonly styles: Map<string, ParagraphStyle>

  constructor(styles: Map<string, ParagraphStyle>) {
    this.styles = styles
  }

  /** What a paragraph style makes of a paragraph: the nearest style in its chain that says decides. */
  private kind(styleName: string | undefined): Pick<Block, 'type' | 'level'> {
    let name = styleName
    for (let depth = 0; name !== undefined && depth < 16; depth++) {
      const style = this.styles.get(name)
      if (!style) break
      if (style.headingLevel !== undefined) return { type: 'heading', level: clampLevel(style.headingLevel) }
      if (QUOTE_STYLES.has(style.name)) return { type: 'quote' }
      name = style.parent
    }
    return { type: 'paragraph' }
  }

  private push(type: BlockType, text: string, level?: number): void {
    if (text.trim() !== '') this.blocks.push(level === undefined ? { type, text } : { type, level, text })
  }

  block(element: Element): void {
    if (is(element, NS.text, 'h')) {
      const level = Number(attribute(element, NS.text, 'outline-level')) || this.kind(attribute(element, NS.text, 'style-name')).level || 1
      this.push('heading', this.inline(element), clampLevel(level))
    } else if (is(element, NS.text, 'p')) {
      const { type, level } = this.kind(attribute(element, NS.text, 'style-name'))
      this.push(type, this.inline(element), level)
    } else if (is(element, NS.text, 'list')) {
      this.list(element)
    } else if (is(element, NS.text, 'numbered-paragraph')) {
      this.push('listItem', this.inline(element))
    } else if (is(element, NS.table, 'table')) {
      this.table(element)
    } else if (is(element, NS.text, 'section')) {
      for (const child of childElements(element)) this.block(child)
    }
  }

  /** Each item's own paragraphs are one block; its nested lists and tables follow. */
  private list(list: Element): void {
    for (const item of childElements(list)) {
      if (!is(item, NS.text, 'list-item') && !is(item, NS.text, 'list-header')) continue
      const own = childElements(item).filter((child) => is(child, NS.text, 'p') || is(child, NS.text, 'h'))
      this.push('listItem', own.map((paragraph) => this.inline(paragraph)).join(' '))
      for (const child of childElements(item)) if (!own.includes(child)) this.block(child)
    }
  }

  private table(table: Element): void {
    for (const child of childElements(table)) {
      if (is(child, NS.table, 'table-row')) {
        const cells = childElements(child).filter((cell) => is(cell, NS.table, 'table-cell'))
        this.push('tableRow', cells.map((cell) => this.inline(cell).trim()).filter((text) => text !== '').join(' | '))
      } else if (child.namespaceURI === NS.table && /^table-(?:header-rows|rows|row-group)$/.test(child.localName)) {
        this.table(child)
      }
    }
  }

  /** A footnote or endnote: its marker stays in the text, its body goes to the end as "[1] …". */
  private note(note: Element): string {
    const citation = childElements(note).find((child) => is(child, NS.text, 'note-citation'))
    const body = childElements(note).find((child) => is(child, NS.text, 'note-body'))
    const marker = `[${citation?.textContent?.trim() ?? ''}]`
    if (body) this.notes.push({ type: 'paragraph', text: `${marker} ${this.inline(body)}` })
    return marker
  }

  private inline(node: Node): string {
    let text = ''
    for (const child of childNodes(node)) {
      if (isText(child)) text += child.data
      else if (!isElement(child) || child.namespaceURI === NS.draw || SKIPPED.has(child.localName)) continue
      else if (is(child, NS.text, 'note')) text += this.note(child)
      else if (is(child, NS.text, 's') || is(child, NS.text, 'tab') || is(child, NS.text, 'line-break')) text += ' '
      else if (is(child, NS.text, 'p') || is(child, NS.text, 'h')) text += ` ${this.inline(child)} `
      else text += this.inline(child)
    }
    return text
  }
}

export function parseOdt(bytes: Uint8Array, fileName: string): RawDocument {
  const parts = unzipParts(bytes, PARTS, fileName)
  const parsed = new Map<string, Document>()
  try {
    for (const [name, xml] of parts) parsed.set(name, parseXml(xml))
  } catch (error) {
    // An encrypted part is not XML; the manifest (never encrypted) says so.
    if (/<manifest:encryption-data\b/.test(parts.get(MANIFEST) ?? '')) throw new ImportError('encrypted', fileName)
    throw new ImportError('corrupt', fileName, undefined, { cause: error })
  }
  const content = parsed.get('content.xml')
  const text = content?.getElementsByTagNameNS(NS.office, 'text')[0]
  if (!content || !text) throw new ImportError('corrupt', fileName)

  const styles = parsed.get('styles.xml')
  const reader = new BodyReader(readStyles(styles ? [styles, content] : [content]))
  for (const child of childElements(text)) reader.block(child)
  const meta = parsed.get('meta.xml')
  return {
    blocks: [...reader.blocks, ...reader.notes],
    title: meta && textOf(meta, NS.dc, 'title'),
    metadata: meta && {
      author: textOf(meta, NS.meta, 'initial-creator') ?? textOf(meta, NS.dc, 'creator'),
      language: textOf(meta, NS.dc, 'language')
    },
    created: meta && textOf(meta, NS.meta, 'creation-date')
  }
}
