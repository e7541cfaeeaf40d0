/**
 * The passages of a scope, grouped by document in reading order and tied to the rows they count
 * in: the one preparation every statistic shares (one sort, one lookup per theme of a passage).
 */
import { blockIndexAt } from '../document'
import { rowsByTheme, type ThemeRow } from './themeRows'
import type { StatsDocument, StatsPassage } from './types'

export interface PreparedCorpus {
  documents: readonly StatsDocument[]
  /** Per document (same index), its passages clamped to the text, empty ones left out, in reading order. */
  passages: readonly (readonly StatsPassage[])[]
}

/** Groups `passages` under `documents`; passages of other documents are left out. */
export function prepareCorpus(documents: readonly StatsDocument[], passages: Iterable<StatsPassage>): PreparedCorpus {
  const index = new Map(documents.map((d, i) => [d.id, i]))
  const grouped: StatsPassage[][] = documents.map(() => [])
  for (const p of passages) {
    const at = index.get(p.documentId)
    if (at === undefined) continue
    const length = (documents[at] as StatsDocument).textLength
    const start = Math.min(Math.max(0, p.start), length)
    const end = Math.min(Math.max(start, p.end), length)
    if (end <= start) continue
    ;(grouped[at] as StatsPassage[]).push(start === p.start && end === p.end ? p : { ...p, start, end })
  }
  for (const list of grouped) list.sort((a, b) => a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  return { documents, passages: grouped }
}

export interface CodedCorpus {
  corpus: PreparedCorpus
  rows: readonly ThemeRow[]
  /** Per document, per passage (same indexes as corpus.passages): the rows it counts in, ascending, each once. */
  rowsOf: readonly (readonly (readonly number[])[])[]
}

const NONE: readonly number[] = []

export function codeCorpus(corpus: PreparedCorpus, rows: readonly ThemeRow[]): CodedCorpus {
  const byTheme = rowsByTheme(rows)
  const rowsOf = corpus.passages.map((list) =>
    list.map((p) => {
      if (p.tagIds.length === 1) return byTheme.get(p.tagIds[0] as string) ?? NONE
      const found: number[] = []
      for (const id of p.tagIds) for (const r of byTheme.get(id) ?? NONE) if (!found.includes(r)) found.push(r)
      return found.length > 1 ? found.sort((a, b) => a - b) : found
    })
  )
  return { corpus, rows, rowsOf }
}

/** First and last block (paragraph) of each passage of document `d`; the whole text is one block when blocks are unknown. */
export function passageBlocks(corpus: PreparedCorpus, d: number): Int32Array {
  const starts = (corpus.documents[d] as StatsDocument).blockStarts
  const list = corpus.passages[d] as readonly StatsPassage[]
  const out = new Int32Array(list.length * 2)
  if (!starts || starts.length === 0) return out
  list.forEach((p, i) => {
    out[2 * i] = blockIndexAt(starts, p.start)
    out[2 * i + 1] = blockIndexAt(starts, Math.max(p.start, p.end - 1))
  })
  return out
}
