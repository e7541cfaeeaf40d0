/** What the page tells and asks the analysis worker, and what it answers. */
import type { AnalysisAnswer, AnalysisQuery, RowOptions } from '@shared/stats/analysis'
import type { StatsPassage } from '@shared/stats/types'

export interface AnalysisRequest {
  kind: 'ask'
  id: number
  /** The open project's IndexedDB database. */
  dbName: string
  /** Changes whenever the library's records may have (imports, removals, sets): the articles are read again. */
  documentsKey: string
  /** The articles in scope; null for every article of the project. */
  documentIds: readonly string[] | null
  rows: RowOptions
  query: AnalysisQuery
}

/** Passages added, changed or removed since the worker read them (as stored: an undo sends its inverse). */
export interface PassageChanges {
  kind: 'changes'
  dbName: string
  changes: { before: StatsPassage | null; after: StatsPassage | null }[]
}

export type AnalysisMessage = AnalysisRequest | PassageChanges

export type AnalysisReply = { id: number; answer: AnalysisAnswer } | { id: number; error: string }
