/**
 * Annotations resolved once against the document and the codebook, so the article,
 * the notes and the passage lists all agree on ranges, themes, blocks and note numbers.
 */

import type { Annotation, Tag } from '../annotation'
import type { Span } from '../anchoring/segments'
import { blockIndexAt, blockStarts, type Block } from '../document'
import { clampRange, hasUnknownTheme, inCodebookOrder } from './summary'
import { english } from '../i18n/format'

/** In English; a report in another language names it with `report.t('report.unknownTheme')`. */
export const UNKNOWN_THEME_NAME = english('report.unknownTheme')

export interface Passage extends Span {
  annotation: Annotation
  /** Known themes of the passage in codebook order, each once. */
  themes: Tag[]
  /** Listed under the unknown theme (no tag, or a tag id the codebook lacks). */
  unknown: boolean
  /** 0-based indexes of the blocks holding the first and the last character. */
  firstBlock: number
  lastBlock: number
  /** 1-based number of the note marker in the article; null without a note or a visible range. */
  noteNumber: number | null
}

export interface ReportModel {
  /** Tags in codebook order. */
  tags: Tag[]
  /** Passages sorted by start, then end. */
  passages: Passage[]
  /** Start offset of each block in the document text. */
  starts: number[]
}

/** Whether the passage covers visible text, i.e. gets a highlight (and its note a marker). */
export function isHighlighted(passage: Passage, blockCount: number): boolean {
  return blockCount > 0 && passage.end > passage.start
}

/** Which passages and themes a report keeps: all of them unless some themes were chosen. */
export interface ThemeFilter {
  /** Ids of the themes kept (sub-themes already included); null keeps every theme and unknown ones. */
  themeIds: ReadonlySet<string> | null
  /** Whether notes are numbered and shown. */
  notes: boolean
}

export const KEEP_ALL: ThemeFilter = { themeIds: null, notes: true }

/**
 * Resolves the annotations; bad offsets are clamped. Without a filter nothing is dropped; with
 * chosen themes, a passage stays when it has one of them and shows only those.
 */
export function buildModel(
  document: { blocks: readonly Block[]; text: string },
  tags: readonly Tag[],
  annotations: readonly Annotation[],
  filter: ThemeFilter = KEEP_ALL
): ReportModel {
  const ordered = inCodebookOrder(tags)
  const known = new Set(ordered.map((t) => t.id))
  const chosen = filter.themeIds
  const shown = chosen ? ordered.filter((t) => chosen.has(t.id)) : ordered
  const starts = blockStarts(document.blocks)
  const passages = annotations
    .filter((a) => chosen === null || a.tagIds.some((id) => chosen.has(id)))
    .map((annotation): Passage => {
      const { start, end } = clampRange(annotation, document.text.length)
      const ids = new Set(annotation.tagIds)
      return {
        id: annotation.id,
        start,
        end,
        annotation,
        themes: shown.filter((t) => ids.has(t.id)),
        unknown: chosen === null && hasUnknownTheme(annotation, known),
        firstBlock: blockIndexAt(starts, start),
        lastBlock: blockIndexAt(starts, Math.max(start, end - 1)),
        noteNumber: null
      }
    })
    .sort((a, b) => a.start - b.start || a.end - b.end)
  if (filter.notes) numberNotes(passages, document.blocks.length)
  return { tags: shown, passages, starts }
}

/** Numbers notes in reading order; only highlighted passages get a marker to point from. */
function numberNotes(passages: Passage[], blockCount: number): void {
  let next = 1
  for (const p of passages) {
    if (p.annotation.note.trim() !== '' && isHighlighted(p, blockCount)) p.noteNumber = next++
  }
}
