/**
 * Finding a quote in a text, as Hypothesis' client does (match-quote.ts): every candidate is
 * scored by how well the quote, the text before it (prefix) and the text after it (suffix) agree,
 * with the expected position as a tie-breaker. Exact occurrences come from the QuoteIndex; only a
 * quote that no longer occurs exactly is searched approximately, with approx-string-match.
 */
import approxSearch from 'approx-string-match'
import { QuoteIndex, WINDOW } from './quoteIndex'

export interface QuoteContext {
  /** Text expected just before the quote. */
  prefix?: string
  /** Text expected just after it. */
  suffix?: string
  /** Where it is expected to start (an offset into the same text). */
  hint?: number
}

export interface QuoteMatch {
  start: number
  end: number
  /** Insertions, deletions and substitutions between the quote and the text matched. */
  errors: number
  /** 0–1: how well quote, context and position agree (1: all of them exactly). */
  score: number
}

const QUOTE_WEIGHT = 50
const PREFIX_WEIGHT = 20
const SUFFIX_WEIGHT = 20
const POSITION_WEIGHT = 2
const MAX_SCORE = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT
/** Above this many tied exact occurrences, context is not compared approximately (position decides). */
const APPROX_CONTEXT_LIMIT = 20
/** Scores closer than this count as a tie. */
const TIE = 0.01

type Similarity = (actual: string, expected: string, fromEnd: boolean) => number

/** 0–1: the share of `expected` that `actual` repeats, read outwards from the quote. */
function sameChars(actual: string, expected: string, fromEnd: boolean): number {
  const n = Math.min(actual.length, expected.length)
  let same = 0
  if (fromEnd) while (same < n && actual[actual.length - 1 - same] === expected[expected.length - 1 - same]) same++
  else while (same < n && actual[same] === expected[same]) same++
  return expected.length === 0 ? 1 : same / expected.length
}

/** 0–1: one minus the edit distance between `expected` and its best match in `actual`, per character. */
function approxChars(actual: string, expected: string): number {
  if (expected.length === 0) return 1
  if (actual.length === 0) return 0
  const best = approxSearch(actual, expected, expected.length)[0]
  return best ? 1 - best.errors / expected.length : 0
}

function scorer(text: string, quote: string, context: QuoteContext, similar: Similarity) {
  const { prefix = '', suffix = '', hint } = context
  return (start: number, end: number, errors: number): number => {
    const prefixScore = prefix ? similar(text.slice(Math.max(0, start - prefix.length), start), prefix, true) : 1
    const suffixScore = suffix ? similar(text.slice(end, end + suffix.length), suffix, false) : 1
    const positionScore = hint === undefined || text.length === 0 ? 1 : 1 - Math.min(1, Math.abs(start - hint) / text.length)
    const quoteScore = 1 - errors / quote.length
    return (QUOTE_WEIGHT * quoteScore + PREFIX_WEIGHT * prefixScore + SUFFIX_WEIGHT * suffixScore + POSITION_WEIGHT * positionScore) / MAX_SCORE
  }
}

function best(matches: QuoteMatch[]): QuoteMatch | null {
  let top: QuoteMatch | null = null
  for (const m of matches) if (!top || m.score > top.score) top = m
  return top
}

/** The exact occurrence of `quote` whose context agrees best; null when it does not occur. */
export function matchExact(index: QuoteIndex, quote: string, context: QuoteContext = {}): QuoteMatch | null {
  const starts = shortQuoteInContext(index, quote, context) ?? index.occurrences(quote)
  if (starts.length === 0) return null
  // Context is compared character by character outwards from the quote; only when that leaves a
  // tie (an edit right next to the quote) is it compared approximately, which costs far more.
  const score = scorer(index.text, quote, context, sameChars)
  const candidates = starts.map((start) => ({ start, end: start + quote.length, errors: 0, score: score(start, start + quote.length, 0) }))
  const top = best(candidates) as QuoteMatch
  const tied = candidates.filter((c) => top.score - c.score < TIE)
  if (tied.length === 1 || tied.length > APPROX_CONTEXT_LIMIT) return top
  const rescore = scorer(index.text, quote, context, approxChars)
  for (const c of tied) c.score = rescore(c.start, c.end, 0)
  return best(tied)
}

/**
 * A quote shorter than the index's window would need a scan of the whole text; with its context
 * around it, it is long enough for the index. Null when that finds nothing (the context changed).
 */
function shortQuoteInContext(index: QuoteIndex, quote: string, context: QuoteContext): number[] | null {
  if (quote.length >= WINDOW) return null
  const before = (context.prefix ?? '').slice(-WINDOW)
  const after = (context.suffix ?? '').slice(0, WINDOW)
  if (before.length + after.length === 0) return null
  const found = index.occurrences(before + quote + after)
  return found.length > 0 ? found.map((at) => at + before.length) : null
}

/**
 * The most errors an approximate match may have: a quarter of the quote (Hypothesis allows half;
 * ours must also not place a passage on text that merely resembles it). A quote under 16
 * characters is never matched approximately: one error in a short quote matches too many places.
 */
export function errorBudget(quoteLength: number): number {
  return quoteLength < 2 * WINDOW ? 0 : Math.min(256, Math.floor(quoteLength / 4))
}

/**
 * How many characters approximate search may read over the whole text during one import. A
 * full search of a 1 MB article takes some 10 ms; a file of annotations for another article would
 * otherwise cost that for every one of them.
 */
export class ScanAllowance {
  remaining: number

  constructor(remaining = 50_000_000) {
    this.remaining = remaining
  }
}

/**
 * The best approximate match for a quote that no longer occurs exactly (the text was edited);
 * null when nothing is within the error budget, or when the text around the best match agrees
 * with neither the prefix nor the suffix it should have.
 */
export function matchApprox(index: QuoteIndex, quote: string, context: QuoteContext = {}, allowance = new ScanAllowance()): QuoteMatch | null {
  let maxErrors = errorBudget(quote.length)
  if (maxErrors === 0) return null
  const text = index.text
  let windows: [number, number][]
  if (allowance.remaining >= text.length) {
    allowance.remaining -= text.length
    windows = [[0, text.length]]
  } else {
    // Pigeonhole: with at most e errors, one of e + 1 disjoint 8-character pieces is intact, and
    // the index knows where each piece occurs; only the text around those places is searched.
    maxErrors = Math.min(maxErrors, Math.floor(quote.length / WINDOW) - 1)
    const pieceLength = Math.floor(quote.length / (maxErrors + 1))
    windows = []
    for (let p = 0; p <= maxErrors; p++) {
      const offset = p * pieceLength
      for (const at of index.occurrences(quote.slice(offset, offset + WINDOW))) {
        windows.push([Math.max(0, at - offset - maxErrors), Math.min(text.length, at - offset + quote.length + maxErrors)])
      }
    }
    windows = merged(windows)
  }
  const matches: QuoteMatch[] = []
  for (const [from, to] of windows) {
    for (const m of approxSearch(text.slice(from, to), quote, maxErrors)) matches.push({ start: from + m.start, end: from + m.end, errors: m.errors, score: 0 })
  }
  if (matches.length === 0) return null
  const score = scorer(text, quote, context, approxChars)
  for (const m of matches) m.score = score(m.start, m.end, m.errors)
  const top = best(matches) as QuoteMatch
  const { prefix, suffix } = context
  const contextAgrees =
    (!prefix && !suffix) ||
    (prefix !== undefined && prefix !== '' && approxChars(text.slice(Math.max(0, top.start - prefix.length), top.start), prefix) >= 0.5) ||
    (suffix !== undefined && suffix !== '' && approxChars(text.slice(top.end, top.end + suffix.length), suffix) >= 0.5)
  return contextAgrees ? top : null
}

/** Overlapping ranges joined, in order. */
function merged(ranges: [number, number][]): [number, number][] {
  ranges.sort((a, b) => a[0] - b[0])
  const out: [number, number][] = []
  for (const [from, to] of ranges) {
    const last = out[out.length - 1]
    if (last && from <= last[1]) last[1] = Math.max(last[1], to)
    else out.push([from, to])
  }
  return out
}
