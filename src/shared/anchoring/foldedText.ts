/**
 * Text as quote matching sees it: every run of whitespace is one space and soft hyphens and
 * zero-width characters are gone, so a quote copied from a web page ("\n\t\t" between words, a
 * non-breaking space) matches our canonical text (one space, blocks apart by a blank line).
 * Both sides are folded the same way, and each folded character remembers where it came from,
 * so a match is mapped back onto the original text exactly.
 */

/** What JavaScript's \s matches, by code unit (U+FEFF is counted as invisible instead). */
function isSpace(unit: number): boolean {
  return (
    unit === 0x20 ||
    (unit >= 0x09 && unit <= 0x0d) ||
    unit === 0xa0 ||
    unit === 0x1680 ||
    (unit >= 0x2000 && unit <= 0x200a) ||
    unit === 0x2028 ||
    unit === 0x2029 ||
    unit === 0x202f ||
    unit === 0x205f ||
    unit === 0x3000
  )
}

/** Soft hyphen, zero-width space/joiners, word joiner, BOM: present in pages, absent from our text. */
function isInvisible(unit: number): boolean {
  return unit === 0xad || (unit >= 0x200b && unit <= 0x200d) || unit === 0x2060 || unit === 0xfeff
}

/** The folded form of a short string (a quote, a prefix, a suffix): what FoldedText makes of it. */
export function fold(value: string): string {
  // \s is isSpace plus U+FEFF, which the first replace has already taken out with the other invisibles.
  return value.replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '').replace(/\s+/g, ' ')
}

export class FoldedText {
  readonly text: string
  /** Original offset of each folded character's first unit. */
  private readonly starts: Int32Array
  /** Original offset just after each folded character (after the whole run, for a folded space). */
  private readonly ends: Int32Array

  readonly original: string

  constructor(original: string) {
    this.original = original
    const n = original.length
    const starts = new Int32Array(n)
    const ends = new Int32Array(n)
    const parts: string[] = []
    let length = 0
    let runStart = 0
    let i = 0
    const flush = (to: number): void => {
      if (to > runStart) parts.push(original.slice(runStart, to))
    }
    while (i < n) {
      const unit = original.charCodeAt(i)
      if (isInvisible(unit)) {
        flush(i)
        runStart = ++i
      } else if (isSpace(unit)) {
        flush(i)
        let j = i + 1
        while (j < n && (isSpace(original.charCodeAt(j)) || isInvisible(original.charCodeAt(j)))) j++
        parts.push(' ')
        starts[length] = i
        ends[length] = j
        length++
        runStart = i = j
      } else {
        starts[length] = i
        ends[length] = i + 1
        length++
        i++
      }
    }
    flush(n)
    this.text = parts.join('')
    this.starts = starts.subarray(0, length)
    this.ends = ends.subarray(0, length)
  }

  /** The original range a folded range [start, end) covers; an empty range maps to a point. */
  toOriginal(start: number, end: number): { start: number; end: number } {
    const from = start < this.starts.length ? (this.starts[start] as number) : this.original.length
    const to = end > 0 ? (this.ends[Math.min(end, this.ends.length) - 1] as number) : 0
    return { start: from, end: Math.max(from, to) }
  }

  /** The folded offset of an original offset (the folded character it falls in, or the next one). */
  toFolded(offset: number): number {
    let lo = 0
    let hi = this.ends.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if ((this.ends[mid] as number) <= offset) lo = mid + 1
      else hi = mid
    }
    return lo
  }
}
