/** What the page asks the analysis worker, and what it answers. */
import type { AnalysisAnswer, AnalysisQuery, RowOptions } from '@shared/stats/analysis'

export interface AnalysisRequest {
  id: number
  /** The open project's IndexedDB database. */
  dbName: string
  /** Bumped by the page at every change to passages, articles or sets: a new version rereads the database. */
  version: string
  /** The articles in scope; null for every article of the project. */
  documentIds: readonly string[] | null
  rows: RowOptions
  query: AnalysisQuery
}

export type AnalysisReply = { id: number; answer: AnalysisAnswer } | { id: number; error: string }
