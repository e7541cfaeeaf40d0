/**
 * Offsets in UTF-16 code units (JavaScript strings, our stored passages, the offsets browser tools
 * write) and in Unicode code points (what the W3C model's TextPositionSelector counts). The two
 * differ by one for every character outside the Basic Multilingual Plane (most emoji) before the
 * offset; a lone surrogate counts as one of each.
 */
export class CodePointMap {
  /** UTF-16 index of the first unit of each surrogate pair, in order. */
  private readonly pairs: number[] = []
  readonly text: string

  constructor(text: string) {
    this.text = text
    for (let i = 0; i < text.length - 1; i++) {
      const unit = text.charCodeAt(i)
      if (unit >= 0xd800 && unit <= 0xdbff) {
        const next = text.charCodeAt(i + 1)
        if (next >= 0xdc00 && next <= 0xdfff) {
          this.pairs.push(i)
          i++
        }
      }
    }
  }

  /** Length of the text in code points. */
  get length(): number {
    return this.text.length - this.pairs.length
  }

  /** Whether a UTF-16 offset falls between two characters rather than inside a surrogate pair. */
  isBoundary(utf16: number): boolean {
    if (utf16 < 0 || utf16 > this.text.length) return false
    const before = this.pairsBefore(utf16)
    return before === 0 || (this.pairs[before - 1] as number) + 1 !== utf16
  }

  /** The code-point offset of a UTF-16 offset (one inside a pair counts the pair as before it). */
  toCodePoints(utf16: number): number {
    return utf16 - this.pairsBefore(utf16)
  }

  /** The UTF-16 offset of a code-point offset; null past the end of the text. */
  toUtf16(codePoints: number): number | null {
    if (codePoints < 0 || codePoints > this.length) return null
    // The k-th pair (0-based) starts at code point pairs[k] - k; count the pairs starting before.
    let lo = 0
    let hi = this.pairs.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if ((this.pairs[mid] as number) - mid < codePoints) lo = mid + 1
      else hi = mid
    }
    return codePoints + lo
  }

  /** How many pairs start before `utf16` (a pair that starts at utf16 - 1 counts). */
  private pairsBefore(utf16: number): number {
    let lo = 0
    let hi = this.pairs.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if ((this.pairs[mid] as number) < utf16) lo = mid + 1
      else hi = mid
    }
    return lo
  }
}
