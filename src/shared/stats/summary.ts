/**
 * The headless summary (`themata stats --json`): frequencies, coverage and co-occurrence of a
 * scope, from the same code as the Analysis view.
 */
import { codeCorpus, prepareCorpus } from './corpus'
import { cooccurrence } from './cooccurrence'
import { frequencies } from './frequencies'
import { themeRows } from './themeRows'
import type { CooccurrenceBy, StatsDocument, StatsPassage, StatsTheme } from './types'

export interface ThemeFigures {
  name: string
  /** The theme's path from the top of the codebook, joined with " > ". */
  path: string
  passages: number
  articles: number
  characters: number
  share: number
}

export interface StatsSummary {
  themes: ThemeFigures[]
  cooccurrence: { themes: string[]; counts: number[][] }
}

export interface SummaryOptions {
  rollUp: boolean
  by: CooccurrenceBy
}

export function statsSummary(
  documents: readonly StatsDocument[],
  passages: Iterable<StatsPassage>,
  themes: readonly StatsTheme[],
  options: SummaryOptions
): StatsSummary {
  const rows = themeRows(themes, { rollUp: options.rollUp })
  const coded = codeCorpus(prepareCorpus(documents, passages), rows)
  const table = frequencies(coded)
  return {
    themes: rows.map((row, i) => {
      const f = table.rows[i] ?? { passages: 0, articles: 0, characters: 0, share: 0 }
      return { name: row.name, path: row.path.join(' > '), passages: f.passages, articles: f.articles, characters: f.characters, share: f.share }
    }),
    cooccurrence: { themes: rows.map((r) => r.name), counts: cooccurrence(coded, options.by) }
  }
}
