/**
 * The article in Word: one paragraph per block (headings as Word headings, list items as bullets,
 * quotations indented), each highlighted stretch a shaded run, and each passage's comment range
 * opened where it starts and closed where it ends.
 */
import { HeadingLevel, Paragraph, TextRun, type ParagraphChild } from 'docx'
import { segmentize, type Segment } from '../anchoring/segments'
import type { Tag } from '../annotation'
import type { Block } from '../document'
import { UNTAGGED_COLOR } from '../highlightStyle'
import type { Passage } from '../report/model'
import type { ResolvedArticle } from '../report/resolve'
import { commentEnd, commentStart, type CommentBook } from './comments'
import type { HighlightStyles } from './shading'

const HEADINGS = [HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6] as const
export const MUTED = '6B7280'
export const PARAGRAPH_NUMBER_STYLE = 'ThemataParagraphNumber'

/** `top` is the Word heading level of the article's own level-1 headings (2 under "Article", 3 under an article's title). */
export function articleParagraphs(article: ResolvedArticle, comments: CommentBook, looks: HighlightStyles, top: 2 | 3): Paragraph[] {
  const { blocks } = article.document
  const { passages, starts } = article.model
  const touching: Passage[][] = blocks.map(() => [])
  for (const p of passages) {
    if (blocks.length === 0) break
    for (let i = p.firstBlock; i <= p.lastBlock; i++) touching[i]?.push(p)
  }
  return blocks.map((block, index) => {
    const start = starts[index] as number
    const runs = blockRuns(block, index, start, touching[index] as Passage[], { comments, looks, tags: article.model.tags })
    const children = [new TextRun({ text: `${index + 1}\u2002`, style: PARAGRAPH_NUMBER_STYLE }), ...runs]
    return new Paragraph({ children, ...blockStyle(block, top) })
  })
}

function blockStyle(block: Block, top: 2 | 3): Partial<ConstructorParameters<typeof Paragraph>[0] & object> {
  switch (block.type) {
    case 'heading':
      // As in the HTML report: level 1 and 2 under the section's heading, deeper levels below them.
      return { heading: HEADINGS[Math.min(HEADINGS.length - 1, Math.max(top, (block.level ?? 2) + top - 2) - 2)] }
    case 'listItem':
      return { bullet: { level: 0 } }
    case 'quote':
      return { indent: { left: 720, right: 360 }, border: { left: { style: 'single', size: 12, color: 'D1D5DB', space: 8 } } }
    default:
      return { spacing: { after: 160 } }
  }
}

/** The block's text as runs, with comment ranges opening and closing at the passages' ends. */
interface Context {
  comments: CommentBook
  looks: HighlightStyles
  tags: readonly Tag[]
}

function blockRuns(block: Block, index: number, from: number, passages: readonly Passage[], { comments, looks, tags }: Context): ParagraphChild[] {
  const to = from + block.text.length
  const clamp = (n: number): number => Math.min(Math.max(n, from), to)
  const opens = new Map<number, Passage[]>()
  const closes = new Map<number, Passage[]>()
  const points = new Set<number>([from, to])
  const at = (map: Map<number, Passage[]>, offset: number, p: Passage): void => {
    points.add(offset)
    const list = map.get(offset)
    if (list) list.push(p)
    else map.set(offset, [p])
  }
  for (const p of passages) {
    if (p.firstBlock === index) at(opens, clamp(p.start), p)
    if (p.lastBlock === index) at(closes, clamp(p.end), p)
  }
  const segments = segmentize(passages, from, to)
  for (const s of segments) {
    points.add(s.start)
    points.add(s.end)
  }
  const sorted = [...points].sort((a, b) => a - b)
  const quote = block.type === 'quote'
  const out: ParagraphChild[] = []
  const open = new Set<Passage>(passages.filter((p) => p.firstBlock < index))
  const close = (p: Passage): void => {
    if (!open.delete(p)) return
    out.push(...commentEnd(comments.idOf(p)))
  }
  let seg = 0
  for (let i = 0; i < sorted.length; i++) {
    const point = sorted[i] as number
    // A range that ends here closes before one that starts here opens; an empty one opens, then closes.
    for (const p of closes.get(point) ?? []) close(p)
    for (const p of opens.get(point) ?? []) {
      out.push(commentStart(comments.idOf(p)))
      open.add(p)
    }
    for (const p of closes.get(point) ?? []) close(p)
    const next = sorted[i + 1]
    if (next === undefined || next === point) continue
    while (seg < segments.length && (segments[seg] as Segment<Passage>).end <= point) seg++
    const segment = segments[seg]
    const covering = segment && segment.start <= point ? segment : undefined
    out.push(textRun(block.text.slice(point - from, next - from), covering, quote, tags, looks))
  }
  return out
}

function textRun(text: string, segment: Segment<Passage> | undefined, italics: boolean, tags: readonly Tag[], looks: HighlightStyles): TextRun {
  const base = italics ? { text, italics } : { text }
  if (!segment) return new TextRun(base)
  const covering = new Set(segment.spans.flatMap((p) => p.themes))
  const colors = tags.filter((t) => covering.has(t)).map((t) => t.color)
  if (segment.spans.some((p) => p.unknown)) colors.push(UNTAGGED_COLOR)
  return new TextRun({ ...base, style: looks.idFor(colors, segment.spans.length) })
}
