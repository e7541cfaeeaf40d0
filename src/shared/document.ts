/** The one document model every importer produces and every view and export reads. */

export type BlockType = 'heading' | 'paragraph' | 'listItem' | 'quote' | 'tableRow'

export interface Block {
  type: BlockType
  /** Heading level 1–6; only on headings. */
  level?: number
  /** Plain text of the block: no newlines, never empty. */
  text: string
}

export interface DocumentMetadata {
  author?: string
  /** ISO date (YYYY-MM-DD) when the source states one. */
  date?: string
  source?: string
  language?: string
}

export interface NormalizedDocument {
  title: string
  metadata: DocumentMetadata
  blocks: Block[]
  /** Canonical plain text that annotation offsets index: the blocks' texts joined by BLOCK_SEPARATOR. */
  text: string
}

export type SourceFormat = 'txt' | 'md' | 'html' | 'docx' | 'odt' | 'pdf'

/** A normalized document plus where it came from, as an import returns it. */
export interface ImportedDocument extends NormalizedDocument {
  fileName: string
  format: SourceFormat
  /** Hex SHA-256 of the file's bytes: the same file reopens the same document. */
  contentHash: string
  byteLength: number
}

export const BLOCK_SEPARATOR = '\n\n'

export function blocksToText(blocks: readonly Block[]): string {
  return blocks.map((b) => b.text).join(BLOCK_SEPARATOR)
}

/** Start offset of each block in the canonical text. */
export function blockStarts(blocks: readonly Block[]): number[] {
  const starts: number[] = []
  let offset = 0
  for (const block of blocks) {
    starts.push(offset)
    offset += block.text.length + BLOCK_SEPARATOR.length
  }
  return starts
}

/**
 * Index of the block containing `offset` (binary search over `starts`).
 * Offsets that fall in a separator belong to the block before it.
 */
export function blockIndexAt(starts: readonly number[], offset: number): number {
  let lo = 0
  let hi = starts.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if ((starts[mid] as number) <= offset) lo = mid
    else hi = mid - 1
  }
  return lo
}
