/**
 * What the statistics read: documents, passages and the codebook, reduced to the fields they need,
 * so the app (from IndexedDB or the open article), a Web Worker and the CLI feed them alike.
 */
import type { Tag } from '../annotation'

export interface StatsDocument {
  id: string
  title: string
  /** Length of the canonical text (the denominator of a share). */
  textLength: number
  /** YYYY-MM-DD, when the article states one (the timeline's axis). */
  date?: string
  /** The article sets it belongs to. */
  setIds?: readonly string[]
  /** Start offset of each block (paragraph); needed only to count co-occurrence by paragraph. */
  blockStarts?: readonly number[]
}

export interface StatsPassage {
  id: string
  documentId: string
  /** Offsets into the document's canonical text, end exclusive. */
  start: number
  end: number
  tagIds: readonly string[]
}

export type StatsTheme = Pick<Tag, 'id' | 'name' | 'parentId' | 'order' | 'color'>

/** How overlapping themes are counted together: passages that overlap, or that share a paragraph. */
export type CooccurrenceBy = 'overlap' | 'paragraph'

/** The timeline's step. */
export type TimelineUnit = 'week' | 'month'
