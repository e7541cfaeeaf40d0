/** Finding the hits of a compiled search in one text, with a little context around each. */
import { blockIndexAt } from '../document'
import type { CompiledSearch } from './compile'
import { foldDiacritics } from './fold'

export interface Hit {
  /** Offsets into the text, end exclusive. */
  start: number
  end: number
}

/** A hit as results list it: where, and the text before, of and after it (within its paragraph). */
export interface HitInContext extends Hit {
  block: number
  before: string
  match: string
  after: string
}

export const CONTEXT_CHARS = 60

/**
 * Every non-empty, non-overlapping hit in `text`, up to `limit`. `folded` is the text's folded copy
 * when the search is diacritic-insensitive (pass it to avoid folding the same text again).
 */
export function findHits(text: string, search: Extract<CompiledSearch, { ok: true }>, limit = Infinity, folded?: string): Hit[] {
  const subject = search.folded ? (folded ?? foldDiacritics(text)) : text
  const regex = new RegExp(search.regex.source, search.regex.flags)
  const hits: Hit[] = []
  for (let m = regex.exec(subject); m !== null && hits.length < limit; m = regex.exec(subject)) {
    if (m[0].length === 0) {
      // An empty match (a pattern like "a*"): step over it, by a whole code point.
      regex.lastIndex = m.index + (subject.codePointAt(m.index)! > 0xffff ? 2 : 1)
      continue
    }
    hits.push({ start: m.index, end: m.index + m[0].length })
  }
  return hits
}

/** The hit with up to CONTEXT_CHARS of its paragraph on each side, cut at a word where possible. */
export function inContext(text: string, starts: readonly number[], hit: Hit): HitInContext {
  const block = blockIndexAt(starts, hit.start)
  const blockStart = starts[block] as number
  const next = starts[block + 1]
  const blockEnd = next === undefined ? text.length : next - 2
  let from = Math.max(blockStart, hit.start - CONTEXT_CHARS)
  let to = Math.min(Math.max(blockEnd, hit.end), hit.end + CONTEXT_CHARS)
  if (from > blockStart) {
    const space = text.indexOf(' ', from)
    if (space >= 0 && space < hit.start) from = space + 1
  }
  if (to < blockEnd) {
    const space = text.lastIndexOf(' ', to)
    if (space > hit.end) to = space
  }
  return {
    ...hit,
    block,
    before: (from > blockStart ? '…' : '') + text.slice(from, hit.start),
    match: text.slice(hit.start, hit.end),
    after: text.slice(hit.end, to) + (to < blockEnd ? '…' : '')
  }
}
