/**
 * Selectors → a range of our text: by position when the quote is still there, else by quote
 * (exact, then approximate), as Hypothesis anchors. Positions may count code points (the W3C
 * model, and our own exports) or UTF-16 units (what browser tools write); the quote decides.
 */
import { CodePointMap } from './codePoints'
import { fold, FoldedText } from './foldedText'
import { matchApprox, matchExact, ScanAllowance, type QuoteContext } from './matchQuote'
import { QuoteIndex } from './quoteIndex'
import type { TextQuote } from '../annotation'

/** Where an annotation says it is, read from whichever selectors it has. */
export interface TextSelectors {
  quote?: Partial<TextQuote> & { exact: string }
  /** Start and end of a TextPositionSelector, in the unit the file used (unknown until checked). */
  position?: { start: number; end: number }
}

export type AnchorMethod = 'position' | 'quote' | 'fuzzy'
export type PositionUnit = 'code points' | 'UTF-16'

export interface Anchor {
  /** UTF-16 offsets into our text, end exclusive. */
  start: number
  end: number
  method: AnchorMethod
  /** For 'position': the unit the position turned out to count (code points when both agree). */
  unit?: PositionUnit
  /** For 'position': there was no quote to check the position against. */
  unchecked?: boolean
  /** For 'fuzzy': edits between the quote and the text it was placed on. */
  errors?: number
}

export class TextAnchorer {
  readonly codePoints: CodePointMap
  private foldedText: FoldedText | undefined
  private quoteIndex: QuoteIndex | undefined
  private readonly allowance = new ScanAllowance()

  readonly text: string

  constructor(text: string) {
    this.text = text
    this.codePoints = new CodePointMap(text)
  }

  /** Where the selectors point in our text, or null when neither position nor quote is found. */
  anchor(selectors: TextSelectors): Anchor | null {
    const { quote, position } = selectors
    const candidates = position ? this.positionCandidates(position) : []
    if (quote && quote.exact.length > 0) {
      for (const c of candidates) {
        const there = this.text.slice(c.start, c.end)
        if (there === quote.exact || fold(there) === fold(quote.exact)) return { ...c, method: 'position' }
      }
      return this.byQuote(quote, candidates[0]?.start)
    }
    const first = candidates[0]
    return first && first.end > first.start ? { ...first, method: 'position', unchecked: true } : null
  }

  /** The position read as code points (the model's unit) and as UTF-16 units, where each is possible. */
  private positionCandidates(position: { start: number; end: number }): { start: number; end: number; unit: PositionUnit }[] {
    const { start, end } = position
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start) return []
    const out: { start: number; end: number; unit: PositionUnit }[] = []
    const s = this.codePoints.toUtf16(start)
    const e = this.codePoints.toUtf16(end)
    if (s !== null && e !== null) out.push({ start: s, end: e, unit: 'code points' })
    if (end <= this.text.length && this.codePoints.isBoundary(start) && this.codePoints.isBoundary(end) && (s !== start || e !== end)) {
      out.push({ start, end, unit: 'UTF-16' })
    }
    return out
  }

  private byQuote(quote: TextSelectors['quote'] & object, hintAt: number | undefined): Anchor | null {
    const folded = (this.foldedText ??= new FoldedText(this.text))
    const index = (this.quoteIndex ??= new QuoteIndex(folded.text))
    // Whitespace at the quote's edges belongs to the context: our passages start and end on text.
    const whole = fold(quote.exact)
    const exact = whole.trim()
    if (exact.length === 0) return null
    const context: QuoteContext = {
      prefix: fold((quote.prefix ?? '') + (whole.startsWith(' ') ? ' ' : '')),
      suffix: fold((whole.endsWith(' ') ? ' ' : '') + (quote.suffix ?? '')),
      hint: hintAt === undefined ? undefined : folded.toFolded(hintAt)
    }
    const exactMatch = matchExact(index, exact, context)
    if (exactMatch) return { ...folded.toOriginal(exactMatch.start, exactMatch.end), method: 'quote' }
    const fuzzy = matchApprox(index, exact, context, this.allowance)
    return fuzzy ? { ...folded.toOriginal(fuzzy.start, fuzzy.end), method: 'fuzzy', errors: fuzzy.errors } : null
  }
}
