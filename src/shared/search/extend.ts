/**
 * Autocode's units: a hit, the sentence(s) it is in, or the paragraph(s). Sentences come from
 * Intl.Segmenter (Unicode sentence boundaries, with the locale's exceptions such as abbreviations),
 * found within the paragraph, so a sentence never runs on into the next block.
 */
import { trimRange } from '../annotation'
import { blockIndexAt } from '../document'
import type { Hit } from './match'

export type AutocodeUnit = 'hit' | 'sentence' | 'paragraph'

/** Where a text's blocks start and end: the text and its block starts. */
export interface BlockedText {
  text: string
  starts: readonly number[]
}

function blockEnd(doc: BlockedText, block: number): number {
  const next = doc.starts[block + 1]
  return next === undefined ? doc.text.length : next - 2
}

/**
 * A segment ending like this does not end a sentence: ICU (behind Intl.Segmenter) has no
 * abbreviation list in browsers, so titles and initials would otherwise cut "Dr. Aliyev" in two.
 */
const NOT_AN_END = /(?:^|[\s(])(?:Dr|Mr|Mrs|Ms|Prof|St|Gen|Col|Lt|Capt|Sen|Rep|Gov|Jr|Sr|vs|No|Nos|Vol|pp|Fig|т\.\s?е|т\.\s?к|г|гг|им|проф|ул|акад|\p{Lu})\.\s*$/u

/** Sentence boundaries of one block, cached per block (many hits share a paragraph). */
export class SentenceFinder {
  private readonly segmenter: Intl.Segmenter
  private readonly cache = new Map<number, number[]>()

  constructor(
    private readonly doc: BlockedText,
    locale?: string
  ) {
    this.segmenter = new Intl.Segmenter(locale, { granularity: 'sentence' })
  }

  /** Offsets (into the text) where the sentences of `block` start, and the block's end last. */
  boundaries(block: number): number[] {
    const known = this.cache.get(block)
    if (known) return known
    const start = this.doc.starts[block] as number
    const end = blockEnd(this.doc, block)
    const found: number[] = []
    let previous = ''
    for (const s of this.segmenter.segment(this.doc.text.slice(start, end))) {
      if (found.length === 0 || !NOT_AN_END.test(previous)) found.push(start + s.index)
      previous = s.segment
    }
    found.push(end)
    this.cache.set(block, found)
    return found
  }

  /** The sentence containing `offset`: [start, end). */
  sentenceAt(offset: number): Hit {
    const block = blockIndexAt(this.doc.starts, offset)
    const bounds = this.boundaries(block)
    let i = 0
    while (i < bounds.length - 2 && (bounds[i + 1] as number) <= offset) i++
    return { start: bounds[i] as number, end: bounds[i + 1] as number }
  }
}

/**
 * The range autocode tags for a hit, trimmed of white space at its edges (null for a hit of white
 * space only). A hit spanning sentences or paragraphs extends to all of them.
 */
export function extendHit(doc: BlockedText, hit: Hit, unit: AutocodeUnit, sentences?: SentenceFinder): Hit | null {
  if (unit === 'hit') return trimRange(doc.text, hit.start, hit.end)
  const last = Math.max(hit.start, hit.end - 1)
  if (unit === 'paragraph') {
    const first = blockIndexAt(doc.starts, hit.start)
    return trimRange(doc.text, doc.starts[first] as number, blockEnd(doc, blockIndexAt(doc.starts, last)))
  }
  const finder = sentences ?? new SentenceFinder(doc)
  return trimRange(doc.text, finder.sentenceAt(hit.start).start, finder.sentenceAt(last).end)
}
