/**
 * The last step of every importer: whatever the format, the same cleanup, the same title
 * and date rules, so one article saved as .txt, .md or .html becomes the same document.
 */
import { blocksToText, type Block, type DocumentMetadata, type NormalizedDocument } from '../document'

/** What a format parser hands over: blocks with raw text, plus what the file states about itself. */
export interface RawDocument {
  blocks: Block[]
  /** A title the file declares apart from its content (HTML's og:title, DOCX/ODT/PDF document properties). */
  title?: string
  metadata?: DocumentMetadata
  /**
   * When the file itself was made (DOCX/ODT/PDF creation date). It becomes the date only when
   * neither the metadata nor the text states one: a PDF made today of last year's article is last year's.
   */
  created?: string
}

const TITLE_MAX_CHARS = 200

/**
 * Whitespace of any kind (newlines, NBSP, …) and control characters collapse to one space; soft
 * hyphens, invisible unless a line breaks there, go.
 */
export function cleanText(text: string): string {
  return text.replace(/\u00ad/g, '').replace(/[\s\p{Cc}]+/gu, ' ').trim()
}

/** The ISO date at the start of `text` (e.g. of "2025-08-08T10:00Z"), if it is a real calendar date. */
export function leadingIsoDate(text: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?!\d)/.exec(text.trim())
  if (!match) return undefined
  const [, year, month, day] = match.map(Number) as [number, number, number, number]
  const date = new Date(0)
  date.setUTCFullYear(year, month - 1, day)
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  return real ? match[0] : undefined
}

function truncateTitle(text: string): string {
  if (text.length <= TITLE_MAX_CHARS) return text
  // Never leave half a surrogate pair (an emoji cut in two) at the end.
  const cut = text.slice(0, TITLE_MAX_CHARS).replace(/[\ud800-\udbff]$/, '')
  const lastSpace = cut.lastIndexOf(' ')
  return `${(lastSpace > TITLE_MAX_CHARS / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`
}

/** "date 2025-08-08 Title…" as the first line: a dated-title convention of plain-text exports. */
const DATED_TITLE = /^date\s+(\d{4}-\d{2}-\d{2})(?:\s+(.*))?$/i

/** A date-only block (the .md `*2025-08-08*`, the .html `<p><em>…</em></p>`) this close to the top is metadata. */
const DATE_SCAN_BLOCKS = 3

interface Dated {
  blocks: Block[]
  date?: string
}

function splitDatedTitle(blocks: Block[]): Dated {
  const [first, ...rest] = blocks
  const match = first === undefined ? null : DATED_TITLE.exec(first.text)
  const date = match?.[1] === undefined ? undefined : leadingIsoDate(match[1])
  if (date === undefined) return { blocks }
  const title = match?.[2]
  return { blocks: title ? [{ type: 'heading', level: 1, text: title }, ...rest] : rest, date }
}

function takeDateBlock(blocks: Block[]): Dated {
  const index = blocks.slice(0, DATE_SCAN_BLOCKS).findIndex((block) => leadingIsoDate(block.text) === block.text)
  if (index < 0) return { blocks }
  return { blocks: blocks.filter((_, i) => i !== index), date: blocks[index]?.text }
}

export function normalizeDocument(raw: RawDocument): NormalizedDocument {
  const cleaned = raw.blocks.map((block) => ({ ...block, text: cleanText(block.text) })).filter((block) => block.text !== '')
  const titled = splitDatedTitle(cleaned)
  const { blocks, date } = takeDateBlock(titled.blocks)

  const created = raw.created === undefined ? undefined : leadingIsoDate(raw.created)
  const metadata = definedMetadata({ ...raw.metadata, date: raw.metadata?.date ?? titled.date ?? date ?? created })
  const declaredTitle = raw.title === undefined ? '' : cleanText(raw.title)
  const titleSource = declaredTitle || (blocks.find((b) => b.type === 'heading') ?? blocks[0])?.text || ''
  return { title: truncateTitle(titleSource), metadata, blocks, text: blocksToText(blocks) }
}

/** Drops empty values so the metadata only says what the file actually states. */
function definedMetadata(metadata: DocumentMetadata): DocumentMetadata {
  const result: DocumentMetadata = {}
  for (const key of ['author', 'date', 'source', 'language'] as const) {
    const value = metadata[key] === undefined ? '' : cleanText(metadata[key])
    if (value !== '') result[key] = value
  }
  return result
}
