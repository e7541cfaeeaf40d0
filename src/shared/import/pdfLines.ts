/** PDF.js text items of one page as lines: items on one baseline joined, with spaces where the gaps are. */

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
  /** Left edge and baseline of the first item, right edge of the last. */
  x: number
  y: number
  right: number
  /** Font size of the line's longest item. */
  size: number
  /** 1-based page number. */
  page: number
}

interface OpenLine extends PdfLine {
  longest: number
  ended: boolean
}

/** A gap wider than this share of the font size between two items is a space. */
const SPACE_GAP = 0.15
/** A baseline this far (in font sizes) from the line's is another line; superscripts stay on theirs. */
const BASELINE_SHIFT = 0.5

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
    const sameLine =
      line !== undefined && !line.ended && Math.abs(y - line.y) <= BASELINE_SHIFT * Math.max(size, line.size) && x >= line.right - size
    if (line && sameLine) {
      const gap = space || (x - line.right > SPACE_GAP * size && !/\s$/.test(line.text) && !/^\s/.test(item.str))
      line.text += (gap ? ' ' : '') + item.str
      if (item.str.length > line.longest) [line.size, line.longest] = [size, item.str.length]
    } else {
      if (line) lines.push(line)
      line = { text: item.str, x, y, right: x, size, page, longest: item.str.length, ended: false }
    }
    line.right = x + item.width
    line.ended ||= item.hasEOL
    space = false
  }
  if (line) lines.push(line)
  return lines.map(({ text, x, y, right, size, page }) => ({ text: text.trim(), x, y, right, size, page }))
}
