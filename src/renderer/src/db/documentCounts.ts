/**
 * How many passages each article has, in all and per theme. Kept on each document record and
 * changed by deltas, so the library lists 500 articles with their counts without reading 100,000
 * passages; the same deltas keep the library's copy in memory current.
 */
import type { Annotation } from '@shared/annotation'
import type { DocumentRecord } from './db'
import type { Change } from './changeSet'

/** Passages per theme id; themes with none are left out. */
export type ThemeCounts = Readonly<Record<string, number>>

export interface DocumentCounts {
  passages: number
  themes: ThemeCounts
}

/** Where a passage is and what it is tagged with: all that counting needs. */
export type Counted = Pick<Annotation, 'documentId' | 'tagIds'>

/** Counts a document's passages from scratch. */
export function countPassages(annotations: Iterable<Pick<Annotation, 'tagIds'>>): DocumentCounts {
  let passages = 0
  const themes: Record<string, number> = {}
  for (const a of annotations) {
    passages++
    for (const tagId of a.tagIds) themes[tagId] = (themes[tagId] ?? 0) + 1
  }
  return { passages, themes }
}

/** The counts a record keeps, or null when it was stored before they were kept (count it again). */
export function storedCounts(record: Pick<DocumentRecord, 'passageCount' | 'themeCounts'>): DocumentCounts | null {
  return record.passageCount === undefined || record.themeCounts === undefined ? null : { passages: record.passageCount, themes: record.themeCounts }
}

export interface CountDelta {
  passages: number
  themes: Map<string, number>
}

/**
 * The net change of counts per document when `changes` are applied in order. `storedOf` says what
 * a passage was before the first change to it (undefined: it did not exist), so a change applied
 * to storage that already holds it (a redo after a crash, a retag) never counts twice.
 */
export function countDeltas(changes: readonly Change<Annotation>[], storedOf: (id: string) => Counted | undefined): Map<string, CountDelta> {
  const state = new Map<string, Counted | null>()
  const deltas = new Map<string, CountDelta>()
  const add = (passage: Counted, sign: 1 | -1): void => {
    let delta = deltas.get(passage.documentId)
    if (!delta) deltas.set(passage.documentId, (delta = { passages: 0, themes: new Map() }))
    delta.passages += sign
    for (const tagId of passage.tagIds) delta.themes.set(tagId, (delta.themes.get(tagId) ?? 0) + sign)
  }
  for (const { before, after } of changes) {
    const id = (after ?? before)?.id
    if (id === undefined) continue
    const previous = state.has(id) ? state.get(id) : storedOf(id)
    if (previous) add(previous, -1)
    if (after) add(after, 1)
    state.set(id, after ? { documentId: after.documentId, tagIds: after.tagIds } : null)
  }
  return deltas
}

/** Whether a delta changes nothing. */
export function isEmptyDelta(delta: CountDelta): boolean {
  return delta.passages === 0 && [...delta.themes.values()].every((n) => n === 0)
}

/** Counts after a delta; never below zero, themes at zero left out. */
export function applyDelta(counts: DocumentCounts, delta: CountDelta): DocumentCounts {
  const themes: Record<string, number> = { ...counts.themes }
  for (const [tagId, n] of delta.themes) {
    const next = (themes[tagId] ?? 0) + n
    if (next > 0) themes[tagId] = next
    else delete themes[tagId]
  }
  return { passages: Math.max(0, counts.passages + delta.passages), themes }
}

/** The fields of a document record that hold its counts. */
export function countFields(counts: DocumentCounts): Pick<DocumentRecord, 'passageCount' | 'themeCounts'> {
  return { passageCount: counts.passages, themeCounts: counts.themes }
}
