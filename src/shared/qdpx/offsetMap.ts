/**
 * Positions in a source text as another tool stored it (raw: CRLF, NBSP, tabs, soft hyphens; the
 * BOM is not counted) → positions in the canonical text our importer made of it (blocks joined by
 * a blank line, every run of whitespace one space). The importer only drops or folds characters, so
 * every word of the canonical text is a word of the raw text, in order; the map pairs them up and
 * carries each position inside a word across exactly. Typed arrays throughout: the NVivo texts
 * have 600,000 characters.
 */

export interface OffsetMap {
  /** Where a passage starting at raw offset `p` starts: at the next kept character at or after it. */
  start(p: number): number
  /** Where a passage ending at raw offset `p` (exclusive) ends: just after the last kept character before it. */
  end(p: number): number
}

/** The identity, for a text that is already canonical. */
export const IDENTITY_MAP: OffsetMap = { start: (p) => p, end: (p) => p }

const SOFT_HYPHEN = 0xad

/** What the normalisation treats as a gap between words: `[\s\p{Cc}]`, as cleanText in import/normalize.ts. */
function isSeparator(code: number): boolean {
  if (code <= 0x20 || (code >= 0x7f && code <= 0xa0)) return true
  if (code < 0x1680) return false
  return code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
}

interface Words {
  /** Offset in the text of each kept character (soft hyphens of the raw text are not kept). */
  at: Int32Array
  /** Index into `at` where each word starts, plus one entry for the end. */
  starts: Int32Array
}

function wordsOf(text: string, dropSoftHyphens: boolean): Words {
  const at = new Int32Array(text.length)
  const starts: number[] = []
  let n = 0
  let inWord = false
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (isSeparator(code)) inWord = false
    else if (!(dropSoftHyphens && code === SOFT_HYPHEN)) {
      if (!inWord) starts.push(n)
      inWord = true
      at[n++] = i
    }
  }
  starts.push(n)
  return { at: at.subarray(0, n), starts: Int32Array.from(starts) }
}

function sameWord(raw: string, r: Words, ri: number, canonical: string, c: Words, ci: number): boolean {
  const rs = r.starts[ri] as number
  const cs = c.starts[ci] as number
  const length = (c.starts[ci + 1] as number) - cs
  if ((r.starts[ri + 1] as number) - rs !== length) return false
  for (let k = 0; k < length; k++) if (raw.charCodeAt(r.at[rs + k] as number) !== canonical.charCodeAt(c.at[cs + k] as number)) return false
  return true
}

/**
 * Pairs the canonical words with raw words from the end backwards: the importer only ever drops
 * words near the top (a "date …" first line, a date-only block among the first three), so matching
 * from the end keeps every later word on its own raw position even when a dropped word repeats a
 * kept one. Throws when a canonical word has no raw counterpart (not our importer's text).
 */
export function offsetMap(raw: string, canonical: string): OffsetMap {
  const r = wordsOf(raw, true)
  const c = wordsOf(canonical, false)
  // Canonical offset of each raw character that was kept; -1 for the others.
  const canonicalOf = new Int32Array(raw.length).fill(-1)
  let ri = r.starts.length - 2
  for (let ci = c.starts.length - 2; ci >= 0; ci--) {
    while (ri >= 0 && !sameWord(raw, r, ri, canonical, c, ci)) ri--
    if (ri < 0) throw new Error(`a word of the canonical text (at ${c.at[c.starts[ci] as number]}) is not in the source text`)
    const rs = r.starts[ri] as number
    const cs = c.starts[ci] as number
    for (let k = (c.starts[ci + 1] as number) - cs - 1; k >= 0; k--) canonicalOf[r.at[rs + k] as number] = c.at[cs + k] as number
    ri--
  }
  const startAt = new Int32Array(raw.length + 1)
  startAt[raw.length] = canonical.length
  for (let p = raw.length - 1; p >= 0; p--) startAt[p] = (canonicalOf[p] as number) >= 0 ? (canonicalOf[p] as number) : (startAt[p + 1] as number)
  const endAt = new Int32Array(raw.length + 1)
  for (let p = 1; p <= raw.length; p++) endAt[p] = (canonicalOf[p - 1] as number) >= 0 ? (canonicalOf[p - 1] as number) + 1 : (endAt[p - 1] as number)
  const clamp = (p: number): number => Math.min(raw.length, Math.max(0, p))
  return { start: (p) => startAt[clamp(p)] as number, end: (p) => endAt[clamp(p)] as number }
}
