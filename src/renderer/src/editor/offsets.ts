/**
 * Text offset ↔ ProseMirror position for the article schema (see blockNodes.ts): the document is
 * a list of sections, each a list of flat textblocks. Inside a section, two blocks are separated
 * by two tokens (one block closing, the next opening), exactly as the canonical text separates
 * them with two characters ('\n\n'); a section boundary adds two more (the section closing and the
 * next opening). So a position is the offset plus 2, plus 2 per section before the offset's own.
 */
import { blockIndexAt, type Block } from '@shared/document'

/** A section holds about this many characters (a few screens of text)… */
export const SECTION_CHARS = 12_000
/** …and never more than this many blocks. */
export const SECTION_BLOCKS = 48

/** Where each block and section of an article starts, and how text offsets map to positions. */
export interface ArticleLayout {
  /** Start offset of each block in the canonical text. */
  starts: readonly number[]
  blockLengths: readonly number[]
  /** Index of the first block of each section. */
  sectionStarts: readonly number[]
  /** Section index of each block. */
  sectionOf: Int32Array
  textLength: number
}

/**
 * Cuts the blocks into sections of about SECTION_CHARS characters. Sections are what the browser
 * skips while off screen (`content-visibility: auto`), so their number, not the number of blocks,
 * is what every frame pays for; and a change inside one section lays out that section only.
 */
export function articleLayout(blocks: readonly Block[], starts: readonly number[]): ArticleLayout {
  const sectionStarts: number[] = []
  const sectionOf = new Int32Array(blocks.length)
  let chars = 0
  let count = 0
  for (let b = 0; b < blocks.length; b++) {
    if (b === 0 || chars >= SECTION_CHARS || count >= SECTION_BLOCKS) {
      sectionStarts.push(b)
      chars = 0
      count = 0
    }
    sectionOf[b] = sectionStarts.length - 1
    chars += (blocks[b] as Block).text.length
    count++
  }
  const last = blocks.length - 1
  return {
    starts,
    blockLengths: blocks.map((b) => b.text.length),
    sectionStarts,
    sectionOf,
    textLength: last >= 0 ? (starts[last] as number) + (blocks[last] as Block).text.length : 0
  }
}

/** The position of a text offset (inside a block, or at its end). */
export function offsetToPos(layout: ArticleLayout, offset: number): number {
  const block = blockIndexAt(layout.starts, offset)
  return offset + 2 + 2 * (layout.sectionOf[block] ?? 0)
}

/** The text offset of a position, clamped to the text. */
export function posToOffset(layout: ArticleLayout, pos: number): number {
  // The section whose node starts at or before `pos`: section k starts at its first block's offset + 2k.
  let lo = 0
  let hi = layout.sectionStarts.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if ((layout.starts[layout.sectionStarts[mid] as number] as number) + 2 * mid <= pos) lo = mid
    else hi = mid - 1
  }
  return Math.min(layout.textLength, Math.max(0, pos - 2 - 2 * lo))
}

/** The position just before a block's node (what EditorView.nodeDOM takes). */
export function blockPos(layout: ArticleLayout, block: number): number {
  return (layout.starts[block] as number) + 1 + 2 * (layout.sectionOf[block] ?? 0)
}
