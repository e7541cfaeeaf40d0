/** The text around a quoted passage, so a reader sees what it answers or leads to. */
import type { TextRange } from './summary'

export interface PassageContext {
  before: string
  after: string
}

const NO_CONTEXT: PassageContext = { before: '', after: '' }

/**
 * Up to `chars` characters each side of the range, cut at a word where one is near, with the
 * paragraph breaks shown as spaces and an ellipsis where the text goes on.
 */
export function contextOf(text: string, range: TextRange, chars: number): PassageContext {
  if (chars <= 0) return NO_CONTEXT
  const from = Math.max(0, range.start - chars)
  const to = Math.min(text.length, range.end + chars)
  let before = text.slice(from, range.start)
  let after = text.slice(range.end, to)
  if (from > 0) before = `…${trimStartToWord(before).trimStart()}`
  if (to < text.length) after = `${trimEndToWord(after).trimEnd()}…`
  return { before: flatten(before), after: flatten(after) }
}

function flatten(s: string): string {
  return s.replace(/\s+/g, ' ')
}

/** Drops a word cut in half at the start, unless that would drop most of it. */
function trimStartToWord(s: string): string {
  const space = s.search(/\s/)
  return space > 0 && space < s.length / 3 ? s.slice(space + 1) : s
}

function trimEndToWord(s: string): string {
  const space = s.search(/\s\S*$/)
  return space > (s.length * 2) / 3 ? s.slice(0, space) : s
}
