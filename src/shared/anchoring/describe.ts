/**
 * A range of our text → the selectors that let any tool find it again: the quote with its context
 * and the position, both counted in code points as the W3C model requires. Context never splits
 * a character (an emoji's two UTF-16 units stay together).
 */
import type { CodePointMap } from './codePoints'

export const CONTEXT_CODE_POINTS = 32

export interface TextQuoteSelector {
  type: 'TextQuoteSelector'
  exact: string
  prefix: string
  suffix: string
}

export interface TextPositionSelector {
  type: 'TextPositionSelector'
  /** Code points from the start of the text; end exclusive. */
  start: number
  end: number
}

/** Selectors for [start, end) (UTF-16 offsets) of the map's text. */
export function describeRange(map: CodePointMap, start: number, end: number): [TextQuoteSelector, TextPositionSelector] {
  const text = map.text
  const from = map.toCodePoints(start)
  const to = map.toCodePoints(end)
  const prefixStart = map.toUtf16(Math.max(0, from - CONTEXT_CODE_POINTS)) as number
  const suffixEnd = map.toUtf16(Math.min(map.length, to + CONTEXT_CODE_POINTS)) as number
  return [
    { type: 'TextQuoteSelector', exact: text.slice(start, end), prefix: text.slice(prefixStart, start), suffix: text.slice(end, suffixEnd) },
    { type: 'TextPositionSelector', start: from, end: to }
  ]
}
