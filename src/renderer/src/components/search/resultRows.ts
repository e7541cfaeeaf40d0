/** The search results as one flat list of fixed-height rows: an article's heading, then its hits. */
import type { HitInContext } from '@shared/search/match'
import type { ArticleResult } from '../../state/search.svelte'

export const RESULT_ROW_HEIGHT = 44

export type ResultRow =
  | { kind: 'article'; documentId: string; title: string; count: number }
  | { kind: 'hit'; documentId: string; hit: HitInContext; ordinal: number }
  | { kind: 'more'; documentId: string; count: number }

export function resultRows(results: readonly ArticleResult[]): ResultRow[] {
  const rows: ResultRow[] = []
  for (const r of results) {
    const count = r.ranges.length / 2
    rows.push({ kind: 'article', documentId: r.documentId, title: r.title, count })
    r.hits.forEach((hit, i) => rows.push({ kind: 'hit', documentId: r.documentId, hit, ordinal: i + 1 }))
    if (r.hits.length < count) rows.push({ kind: 'more', documentId: r.documentId, count: count - r.hits.length })
  }
  return rows
}
