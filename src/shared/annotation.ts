/** Stand-off annotations: stored apart from the text, anchored by offsets and a quote. */

export interface Tag {
  id: string
  name: string
  /** CSS colour (#rrggbb). */
  color: string
  description: string
  /** Position in the codebook; the first nine are reachable with keys 1–9. */
  order: number
}

export interface Annotation {
  id: string
  documentId: string
  /** Offsets into the document's canonical text, UTF-16 code units, end exclusive. */
  start: number
  end: number
  exact: string
  prefix: string
  suffix: string
  tagIds: string[]
  note: string
  createdAt: number
  updatedAt: number
}

export const CONTEXT_LENGTH = 32

export interface TextQuote {
  exact: string
  prefix: string
  suffix: string
}

/** The quote selector for [start, end) of `text`, with up to 32 characters of context each side. */
export function quoteAt(text: string, start: number, end: number): TextQuote {
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
    suffix: text.slice(end, end + CONTEXT_LENGTH)
  }
}

/** Shrinks [start, end) so it neither starts nor ends on whitespace; null when nothing but whitespace is left. */
export function trimRange(text: string, start: number, end: number): { start: number; end: number } | null {
  let s = Math.max(0, start)
  let e = Math.min(text.length, end)
  while (s < e && /\s/.test(text[s] as string)) s++
  while (e > s && /\s/.test(text[e - 1] as string)) e--
  return s < e ? { start: s, end: e } : null
}

/** Shortcut key (1–9) of the tag at `index` in codebook order, or null past nine. */
export function shortcutFor(index: number): string | null {
  return index >= 0 && index < 9 ? String(index + 1) : null
}
