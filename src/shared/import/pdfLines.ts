/**
 * PDF.js text items of one page as lines: items on one baseline joined, with spaces where the gaps
 * are, in reading order — for a right-to-left line, the items read from right to left whatever order
 * the file wrote them in, with runs of left-to-right text (numbers, Latin words) kept as they are.
 */

/** The part of PDF.js's TextItem this reads. */
export interface PdfTextItem {
  str: string
  /** [scaleX, skewY, skewX, scaleY, x, y] in page units; y grows upwards. */
  transform: number[]
  width: number
  hasEOL: boolean
}

export interface PdfLine {
  text: string
  /** Left edge and baseline of the line, right edge of it (of the first and last item, for left-to-right text). */
  x: number
  y: number
  right: number
  /** Font size of the line's longest item. */
  size: number
  /** 1-based page number. */
  page: number
}

/** One item of a line: its text and where it sits. */
interface Piece {
  str: string
  x: number
  right: number
  size: number
  /** Whether a space item came between this piece and the one written before it. */
  spaced: boolean
  rtl: boolean
}

interface OpenLine {
  pieces: Piece[]
  y: number
  left: number
  right: number
  /** Right edge of the piece written last, where left-to-right text continues. */
  end: number
  /** Left edge of the piece written last, where right-to-left text continues. */
  start: number
  size: number
  longest: number
  ended: boolean
  page: number
}

/** A gap wider than this share of the font size between two items is a space. */
const SPACE_GAP = 0.15
/** A baseline this far (in font sizes) from the line's is another line; superscripts stay on theirs. */
const BASELINE_SHIFT = 0.5
/** Right-to-left text continues leftwards, no further than this many font sizes from the last item. */
const RTL_REACH = 1.5
/** Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms: the strong right-to-left letters. */
const RTL_LETTER = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]|[\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u

const hasRtl = (text: string): boolean => RTL_LETTER.test(text)

/** Whether the item continues the open line: on its baseline, after the last item in the line's direction. */
function continues(line: OpenLine, piece: Piece, y: number): boolean {
  if (line.ended || Math.abs(y - line.y) > BASELINE_SHIFT * Math.max(piece.size, line.size)) return false
  if (piece.x >= line.end - piece.size) return true
  const rtl = piece.rtl || line.pieces.some((p) => p.rtl)
  return rtl && piece.right <= line.start + piece.size && piece.right >= line.start - RTL_REACH * piece.size
}

const gapBetween = (left: Piece, right: Piece): boolean =>
  right.x - left.right > SPACE_GAP * Math.max(left.size, right.size) && !/\s$/.test(left.str) && !/^\s/.test(right.str)

/** Left-to-right text: the pieces as written, spaced where a space item or a gap was. */
function writtenOrder(pieces: readonly Piece[]): string {
  let text = ''
  pieces.forEach((piece, i) => {
    const before = pieces[i - 1]
    text += (before && (piece.spaced || gapBetween(before, piece)) ? ' ' : '') + piece.str
  })
  return text
}

/**
 * A right-to-left line: the pieces from right to left, except that a run of left-to-right pieces
 * reads from left to right (the bidi algorithm's reordering, with items for characters). A space
 * goes between two pieces side by side where a gap or a space item was.
 */
function readingOrder(pieces: readonly Piece[]): string {
  const spacedPairs = new Set<string>()
  pieces.forEach((piece, i) => {
    if (piece.spaced && i > 0) spacedPairs.add(`${i - 1}:${i}`).add(`${i}:${i - 1}`)
  })
  const indexed = pieces.map((piece, index) => ({ piece, index })).sort((a, b) => a.piece.x - b.piece.x)
  // Runs in visual order, left to right; each run's pieces in reading order.
  const runs: (typeof indexed)[] = []
  for (const entry of indexed) {
    const last = runs.at(-1)
    if (last && (last[0]?.piece.rtl ?? false) === entry.piece.rtl) last.push(entry)
    else runs.push([entry])
  }
  const ordered = runs.reverse().flatMap((run) => (run[0]?.piece.rtl ? run.reverse() : run))
  let text = ''
  ordered.forEach((entry, i) => {
    const before = ordered[i - 1]
    if (before) {
      const [left, right] = before.piece.x <= entry.piece.x ? [before, entry] : [entry, before]
      if (spacedPairs.has(`${before.index}:${entry.index}`) || gapBetween(left.piece, right.piece)) text += ' '
    }
    text += entry.piece.str
  })
  return text
}

function finish(line: OpenLine): PdfLine {
  const { pieces } = line
  if (pieces.some((piece) => piece.rtl)) {
    return { text: readingOrder(pieces).trim(), x: line.left, y: line.y, right: line.right, size: line.size, page: line.page }
  }
  // Left-to-right text runs from the first item written to the last.
  const x = pieces[0]?.x ?? line.left
  const right = pieces.at(-1)?.right ?? line.right
  return { text: writtenOrder(pieces).trim(), x, y: line.y, right, size: line.size, page: line.page }
}

export function pageLines(items: readonly PdfTextItem[], page: number): PdfLine[] {
  const lines: PdfLine[] = []
  let line: OpenLine | undefined
  let space = false
  for (const item of items) {
    const [, , skewX = 0, scaleY = 0, x = 0, y = 0] = item.transform
    const size = Math.hypot(skewX, scaleY)
    if (item.str.trim() === '') {
      // PDF.js marks spaces and line ends with items of their own.
      space ||= item.str !== ''
      if (line && item.hasEOL) line.ended = true
      continue
    }
    const piece: Piece = { str: item.str, x, right: x + item.width, size, spaced: space, rtl: hasRtl(item.str) }
    if (line && continues(line, piece, y)) {
      line.pieces.push(piece)
      line.left = Math.min(line.left, piece.x)
      line.right = Math.max(line.right, piece.right)
      if (item.str.length > line.longest) [line.size, line.longest] = [size, item.str.length]
    } else {
      if (line) lines.push(finish(line))
      piece.spaced = false
      line = { pieces: [piece], y, left: x, right: piece.right, end: piece.right, start: x, size, page, longest: item.str.length, ended: false }
    }
    line.end = piece.right
    line.start = piece.x
    line.ended ||= item.hasEOL
    space = false
  }
  if (line) lines.push(finish(line))
  return lines.filter((l) => l.text !== '')
}
