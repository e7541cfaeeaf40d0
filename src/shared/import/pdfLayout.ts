/**
 * Lines of PDF pages laid out as an article: running headers, footers and page numbers dropped,
 * lines joined into paragraphs by vertical gaps and first-line indents (and across page breaks
 * where a sentence or a full justified line runs on), end-of-line hyphenation undone, and headings
 * found where the font is clearly larger.
 */
import type { Block } from '../document'
import type { PdfLine } from './pdfLines'

/** Lines this close to the top or bottom of a page are where running headers and footers sit. */
const EDGE_LINES = 2
/** "7", "- 7 -", "Page 7", "7 / 12", "Page 7 of 12", "стр. 7", "səh. 7". */
const PAGE_NUMBER = /^(?:page|p\.|стр\.?|страница|səh\.?|səhifə|sayfa)?\s*[-–—(]?\s*\d{1,4}\s*[-–—)]?(?:\s*(?:\/|of|из|də)\s*\d{1,4})?$/iu
/** Sizes within this many points are one size. */
const SIZE_TOLERANCE = 0.5
/** Headings are at least this much larger than the body text. */
const HEADING_RATIO = 1.15
const HEADING_MAX_CHARS = 200
/** Baseline-to-baseline distance as a multiple of the font size, when the document shows none clearly. */
const DEFAULT_LEADING = 1.2
/** A vertical gap this many times the usual leading starts a new paragraph. */
const PARAGRAPH_GAP = 1.3
/** Justified lines end this close (in points) to the margin; word spacing rounds differently on each. */
const MARGIN_TOLERANCE = 1.5
const SENTENCE_END = /[.!?…]["'”’»)\]]*$/
const BULLET = /^[•◦▪▫●○‣∙·]\s*/

const sameSize = (a: number, b: number): boolean => Math.abs(a - b) <= SIZE_TOLERANCE
const roundSize = (size: number): number => Math.round(size * 2) / 2

/** The key with the largest total weight (the first of equals). */
function mostCommon(entries: Iterable<readonly [key: number, weight: number]>): number | undefined {
  const totals = new Map<number, number>()
  for (const [key, weight] of entries) totals.set(key, (totals.get(key) ?? 0) + weight)
  let best: [number, number] | undefined
  for (const entry of totals) if (!best || entry[1] > best[1]) best = entry
  return best?.[0]
}

/** Lines repeated at the same edge position on many pages (headers, footers), and page numbers there. */
function dropRunningLines(pages: readonly PdfLine[][]): PdfLine[] {
  const edgeKey = (line: PdfLine): string => `${roundSize(line.size)}|${line.text.replace(/\d+/g, '#').toLowerCase()}`
  const edges = pages.map((lines) => {
    const byHeight = [...lines].sort((a, b) => b.y - a.y)
    return new Set([...byHeight.slice(0, EDGE_LINES), ...byHeight.slice(-EDGE_LINES)])
  })
  const pagesWith = new Map<string, number>()
  for (const edge of edges) for (const key of new Set([...edge].map(edgeKey))) pagesWith.set(key, (pagesWith.get(key) ?? 0) + 1)
  // Odd and even pages often carry different headers: each is on about half of them.
  const repeated = Math.max(2, Math.floor(pages.length * 0.4))
  return pages.flatMap((lines, index) =>
    lines.filter((line) => !edges[index]?.has(line) || !(PAGE_NUMBER.test(line.text) || (pagesWith.get(edgeKey(line)) ?? 0) >= repeated))
  )
}

/** The font size most of the text is set in. */
function bodySize(lines: readonly PdfLine[]): number {
  return mostCommon(lines.map((line) => [roundSize(line.size), line.text.length])) ?? 0
}

/** Usual baseline distance over font size between consecutive body lines of a page. */
function leading(lines: readonly PdfLine[], body: number): number {
  const ratios = lines.flatMap((line, i): [number, number][] => {
    const previous = lines[i - 1]
    if (!previous || previous.page !== line.page || !sameSize(previous.size, body) || !sameSize(line.size, body)) return []
    const ratio = Math.round(((previous.y - line.y) / body) * 20) / 20
    return ratio > 0 ? [[ratio, 1]] : []
  })
  const common = mostCommon(ratios)
  // The most common distance between paragraphs of one line each is a paragraph gap, not the leading.
  return common !== undefined && common >= 0.9 && common <= 1.7 ? common : DEFAULT_LEADING
}

/** The right margin of justified text: where most body lines end, if most (and a few at least) do. */
function justifiedMargin(lines: readonly PdfLine[], body: number): number | undefined {
  const rights = lines.filter((line) => sameSize(line.size, body)).map((line) => line.right)
  const common = mostCommon(rights.map((right) => [Math.round(right), 1]))
  if (common === undefined) return undefined
  const atMargin = rights.filter((right) => Math.abs(right - common) <= MARGIN_TOLERANCE).length
  return atMargin >= Math.max(3, rights.length / 2) ? common : undefined
}

/** Two-part hyphenated words written whole on a line somewhere ("multi-vector", "long-term"). */
function compounds(lines: readonly PdfLine[]): Set<string> {
  const words = new Set<string>()
  for (const line of lines) {
    for (const [, head, tail] of line.text.matchAll(/([\p{L}\p{N}]+)[-‐](?=([\p{L}\p{N}]+))/gu)) words.add(`${head}-${tail}`.toLowerCase())
  }
  return words
}

/**
 * The text of two lines joined. A hyphen at the break goes when a lowercase word part follows,
 * unless the document writes that compound whole elsewhere ("multi-vector"); before a capital or a
 * digit ("post-Soviet", "COVID-19") it stays. A soft hyphen always goes.
 */
function joinLines(text: string, next: string, compoundWords: ReadonlySet<string>): string {
  if (text.endsWith('\u00ad')) return text.slice(0, -1) + next
  const head = /([\p{L}\p{N}]+)[-‐]$/u.exec(text)?.[1]
  const tail = /^[\p{L}\p{N}]+/u.exec(next)?.[0]
  if (head === undefined || tail === undefined) return `${text} ${next}`
  const hyphenated = /^\p{Ll}/u.test(tail) && !compoundWords.has(`${head}-${tail}`.toLowerCase())
  return hyphenated ? text.slice(0, -1) + next : text + next
}

interface Group {
  text: string
  /** Font size of its first line. */
  size: number
  listItem: boolean
}

interface Measures {
  /** Usual baseline distance over font size. */
  lineGap: number
  /** Right margin of justified text, if the text is justified. */
  margin?: number
}

/** Whether `line` goes on with the paragraph that `previous` ended, or starts a new block. */
function continues(previous: PdfLine, line: PdfLine, text: string, { lineGap, margin }: Measures): boolean {
  if (!sameSize(previous.size, line.size) || BULLET.test(line.text)) return false
  const flowBreak = previous.page !== line.page || line.y >= previous.y
  // Across a page or column break the gap says nothing: a sentence that runs on, or a full line of
  // justified text (a paragraph's last line rarely fills the measure), continues.
  if (flowBreak) return !SENTENCE_END.test(text) || (margin !== undefined && Math.abs(previous.right - margin) <= MARGIN_TOLERANCE)
  if (previous.y - line.y > PARAGRAPH_GAP * lineGap * line.size) return false
  // A first-line indent after a finished sentence starts a paragraph in books and reports.
  return !(line.x > previous.x + line.size && SENTENCE_END.test(text))
}

export function layoutPdf(pages: readonly PdfLine[][]): Block[] {
  const lines = dropRunningLines(pages)
  if (lines.length === 0) return []
  const body = bodySize(lines)
  const measures: Measures = { lineGap: leading(lines, body), margin: justifiedMargin(lines, body) }
  const compoundWords = compounds(lines)

  const groups: Group[] = []
  lines.forEach((line, i) => {
    const previous = lines[i - 1]
    const group = groups.at(-1)
    if (previous && group && continues(previous, line, group.text, measures)) {
      group.text = joinLines(group.text, line.text, compoundWords)
    } else {
      const listItem = BULLET.test(line.text)
      groups.push({ text: listItem ? line.text.replace(BULLET, '') : line.text, size: line.size, listItem })
    }
  })

  const isHeading = (group: Group): boolean => !group.listItem && group.size >= body * HEADING_RATIO && group.text.length <= HEADING_MAX_CHARS
  // The largest heading size is level 1, the next level 2, and so on.
  const headingSizes = [...new Set(groups.filter(isHeading).map((group) => roundSize(group.size)))].sort((a, b) => b - a)
  return groups.map((group): Block => {
    if (group.listItem) return { type: 'listItem', text: group.text }
    if (!isHeading(group)) return { type: 'paragraph', text: group.text }
    return { type: 'heading', level: Math.min(headingSizes.indexOf(roundSize(group.size)) + 1, 6), text: group.text }
  })
}
