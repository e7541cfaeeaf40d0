/**
 * Every exact occurrence of a quote in a long text, fast enough to anchor 10,000 quotes on a 1 MB
 * article: a hash table of the text's 8-character windows (typed arrays, built once) gives the
 * places where the quote's rarest window occurs, and only those are compared. A scan per quote
 * (indexOf to the end, to find every repeat) would read the megabyte 10,000 times.
 */

/** Window length: long enough that most windows of prose are rare, short enough for short quotes. */
export const WINDOW = 8
/** How many of a quote's windows are tried in search of the rarest. */
const SAMPLES = 16
/** Windows are counted up to this many occurrences; a quote whose sampled windows are all this common is checked at its first. */
const RARE = 64

function hashAt(text: string, at: number): number {
  let h = 0
  for (let i = at; i < at + WINDOW; i++) h = (Math.imul(h, 0x01000193) ^ text.charCodeAt(i)) | 0
  return h >>> 0
}

export class QuoteIndex {
  private readonly hashes: Uint32Array
  /** Head of each bucket's chain (a window start + 1; 0 ends a chain). */
  private readonly heads: Int32Array
  private readonly next: Int32Array
  private readonly mask: number

  readonly text: string

  constructor(text: string) {
    this.text = text
    const windows = Math.max(0, text.length - WINDOW + 1)
    let size = 1024
    while (size < windows * 2) size *= 2
    this.mask = size - 1
    this.hashes = new Uint32Array(windows)
    this.heads = new Int32Array(size)
    this.next = new Int32Array(windows)
    // Filled from the end, so each chain lists its windows in reading order.
    for (let at = windows - 1; at >= 0; at--) {
      const h = hashAt(text, at)
      this.hashes[at] = h
      const bucket = h & this.mask
      this.next[at] = this.heads[bucket] as number
      this.heads[bucket] = at + 1
    }
  }

  /** Start offsets of every occurrence of `quote` in the text, in reading order. */
  occurrences(quote: string): number[] {
    if (quote.length === 0) return []
    if (quote.length < WINDOW) return scan(this.text, quote)
    // The window of the quote that occurs least often in the text bounds the comparisons.
    const last = quote.length - WINDOW
    const offsets = new Set<number>()
    for (let k = 0; k < SAMPLES; k++) offsets.add(Math.round((k * last) / (SAMPLES - 1)))
    // Counting stops at the best count so far, starting from RARE: a common window (" of the ")
    // is never walked to its end while a rarer one is to be had.
    let best = -1
    let bestCount = RARE
    for (const offset of offsets) {
      const count = this.count(hashAt(quote, offset), bestCount)
      if (count < bestCount) {
        best = offset
        bestCount = count
      }
      if (bestCount === 0) return []
      // A window that occurs once cannot be beaten by another (the quote, if present, holds both).
      if (bestCount === 1) break
    }
    if (best < 0) best = offsets.values().next().value as number
    const found: number[] = []
    const h = hashAt(quote, best)
    for (let link = this.heads[h & this.mask] as number; link !== 0; link = this.next[link - 1] as number) {
      const at = link - 1
      if (this.hashes[at] !== h) continue
      const start = at - best
      if (start >= 0 && this.text.startsWith(quote, start)) found.push(start)
    }
    return found
  }

  /** How many windows have hash `h`, counting no further than `cap`. */
  private count(h: number, cap: number): number {
    let n = 0
    for (let link = this.heads[h & this.mask] as number; link !== 0 && n < cap; link = this.next[link - 1] as number) {
      if (this.hashes[link - 1] === h) n++
    }
    return n
  }
}

/** Every occurrence by plain search, for quotes shorter than a window. */
function scan(text: string, quote: string): number[] {
  const found: number[] = []
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) found.push(at)
  return found
}
