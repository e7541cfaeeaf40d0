/**
 * One question the Analysis view asks of a scope, and its answer: the same pure code answers in the
 * page (the open article) and in a Web Worker (sets of articles, the whole project).
 */
import { codeCorpus, prepareCorpus, type CodedCorpus, type PreparedCorpus } from './corpus'
import { cooccurrence, cooccurringPairs } from './cooccurrence'
import { frequencies, type FrequencyTable } from './frequencies'
import { passagesOfRow, themeByArticle, themeBySet, type ArticleSetRef } from './matrix'
import { themeRows, type ThemeRow } from './themeRows'
import { timeline, type Timeline } from './timeline'
import type { CooccurrenceBy, StatsDocument, StatsPassage, StatsTheme, TimelineUnit } from './types'

export interface RowOptions {
  themes: readonly StatsTheme[]
  /** The themes shown; null for all. */
  chosen: readonly string[] | null
  rollUp: boolean
}

export type AnalysisQuery =
  | { kind: 'frequencies' }
  | { kind: 'cooccurrence'; by: CooccurrenceBy }
  | { kind: 'matrix'; columns: 'articles' | 'sets'; sets: readonly ArticleSetRef[] }
  | { kind: 'timeline'; unit: TimelineUnit }
  /** The passage pairs behind a co-occurrence cell. */
  | { kind: 'pairs'; by: CooccurrenceBy; first: number; second: number }
  /** The passages of a row in some articles (all of the scope's when null). */
  | { kind: 'passages'; row: number; documentIds: readonly string[] | null }

/** A row as charts and tables show it. */
export type RowLabel = Pick<ThemeRow, 'id' | 'name' | 'path' | 'color'>

/** A passage as a list shows it: where it is, to open it there. */
export interface PassageRef {
  id: string
  documentId: string
  start: number
  end: number
}

export type AnalysisAnswer =
  | { kind: 'frequencies'; rows: RowLabel[]; table: FrequencyTable }
  | { kind: 'cooccurrence'; rows: RowLabel[]; by: CooccurrenceBy; counts: number[][] }
  | { kind: 'matrix'; rows: RowLabel[]; columns: { id: string; name: string }[]; counts: number[][] }
  | { kind: 'timeline'; rows: RowLabel[]; timeline: Timeline }
  | { kind: 'pairs'; pairs: { first: PassageRef; second: PassageRef }[] }
  | { kind: 'passages'; passages: PassageRef[] }

export function codeScope(documents: readonly StatsDocument[], passages: Iterable<StatsPassage>, options: RowOptions): CodedCorpus {
  return codeRows(prepareCorpus(documents, passages), options)
}

export function codeRows(corpus: PreparedCorpus, options: RowOptions): CodedCorpus {
  return codeCorpus(corpus, themeRows(options.themes, { chosen: options.chosen, rollUp: options.rollUp }))
}

const ref = (p: StatsPassage): PassageRef => ({ id: p.id, documentId: p.documentId, start: p.start, end: p.end })

export function answer(coded: CodedCorpus, query: AnalysisQuery): AnalysisAnswer {
  const rows = coded.rows.map(({ id, name, path, color }) => ({ id, name, path, color }))
  switch (query.kind) {
    case 'frequencies':
      return { kind: 'frequencies', rows, table: frequencies(coded) }
    case 'cooccurrence':
      return { kind: 'cooccurrence', rows, by: query.by, counts: cooccurrence(coded, query.by) }
    case 'matrix':
      return query.columns === 'sets'
        ? { kind: 'matrix', rows, columns: query.sets.map((s) => ({ id: s.id, name: s.name })), counts: themeBySet(coded, query.sets) }
        : { kind: 'matrix', rows, columns: coded.corpus.documents.map((d) => ({ id: d.id, name: d.title })), counts: themeByArticle(coded) }
    case 'timeline':
      return { kind: 'timeline', rows, timeline: timeline(coded, query.unit) }
    case 'pairs':
      return {
        kind: 'pairs',
        pairs: cooccurringPairs(coded, query.by, query.first, query.second).map((p) => ({ first: ref(p.first), second: ref(p.second) }))
      }
    case 'passages':
      return { kind: 'passages', passages: passagesOfRow(coded, query.row, query.documentIds ? new Set(query.documentIds) : null).map(ref) }
  }
}
