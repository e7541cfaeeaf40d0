/** Stand-off annotations: stored apart from the text, anchored by offsets and a quote. */

export interface Tag {
  id: string
  name: string
  /** CSS colour (#rrggbb). */
  color: string
  /** One or two sentences: what the theme covers (shown in tooltips and reports). */
  description: string
  /** The analyst's longer notes on the theme. */
  memo: string
  /** The theme this one is a sub-theme of; null at the top of the codebook. */
  parentId: string | null
  /** Position among its siblings. */
  order: number
  /** The key (1–9) that tags a selection with this theme, or null. */
  shortcut: number | null
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

