/**
 * Every exact occurrence of a quote in a long text, fast enough to anchor 10,000 quotes on a 1 MB
 * article: a hash table of the text's 8-character windows (typed arrays, built once, with the size
 * of each bucket) gives the places where the quote's rarest window occurs, and only those are compared. A scan per quote
 * (indexOf to the end, to find every repeat) would read the megabyte 10,000 times.
 */

/** Window length: long enough that most windows of prose are rare, short enough for short quotes. */
export const WINDOW = 8
/** How many of a quote's windows are tried in search of the rarest. */
const SAMPLES = 16

const BASE = 0x01000193
/** BASE^(WINDOW-1) mod 2^32: what the character leaving a rolling window weighed. */
const LEAVING = (() => {
  let p = 1
  for (let i = 1; i < WINDOW; i++) p = Math.imul(p, BASE)
  return p
})()

/** Spreads a polynomial hash over all 32 bits (its low bits alone depend on low bits of the characters). */
function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x45d9f3b)
  return (h ^ (h >>> 16)) >>> 0
}

/** The window of `text` at `at`, hashed: polynomial (so the text's can roll), then mixed. */
function hashAt(text: string, at: number): number {
  let h = 0
  for (let i = at; i < at + WINDOW; i++) h = (Math.imul(h, BASE) + text.charCodeAt(i)) | 0
  return mix(h)
}

export class QuoteIndex {
  private readonly hashes: Uint32Array
  /** Head of each bucket's chain (a window start + 1; 0 ends a chain). */
  private readonly heads: Int32Array
  private readonly next: Int32Array
  /** Windows in each bucket: how rare a window is, read without walking its chain. */
  private readonly sizes: Int32Array
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
    this.sizes = new Int32Array(size)
    const raw = new Int32Array(windows)
    let rolling = 0
    for (let i = 0; i < text.length; i++) {
      if (i >= WINDOW) rolling = (rolling - Math.imul(text.charCodeAt(i - WINDOW), LEAVING)) | 0
      rolling = (Math.imul(rolling, BASE) + text.charCodeAt(i)) | 0
      if (i >= WINDOW - 1) raw[i - WINDOW + 1] = rolling
    }
    // Filled from the end, so each chain lists its windows in reading order.
    for (let at = windows - 1; at >= 0; at--) {
      const h = mix(raw[at] as number)
      this.hashes[at] = h
      const bucket = h & this.mask
      this.next[at] = this.heads[bucket] as number
      this.heads[bucket] = at + 1
      this.sizes[bucket] = (this.sizes[bucket] as number) + 1
    }
  }

  /** Start offsets of every occurrence of `quote` in the text, in reading order. */
  occurrences(quote: string): number[] {
    if (quote.length === 0) return []
    if (quote.length < WINDOW) return scan(this.text, quote)
    // The quote's window whose bucket holds the fewest windows bounds the comparisons (a bucket
    // holds one window's occurrences and the few others that share its slot).
    const last = quote.length - WINDOW
    let best = 0
    let bestSize = Infinity
    for (let k = 0; k < SAMPLES && bestSize > 1; k++) {
      const offset = Math.round((k * last) / (SAMPLES - 1))
      const size = this.sizes[hashAt(quote, offset) & this.mask] as number
      if (size === 0) return []
      if (size < bestSize) {
        best = offset
        bestSize = size
      }
    }
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
}

/** Every occurrence by plain search, for quotes shorter than a window. */
function scan(text: string, quote: string): number[] {
  const found: number[] = []
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) found.push(at)
  return found
}
