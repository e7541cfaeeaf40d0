/**
 * `stats`: theme frequencies, coverage and co-occurrence of an article and its annotations, counted
 * by the Analysis view's code (src/shared/stats/). The article is imported and the annotations
 * placed on it exactly as the `annotations` command does (src/shared/w3c/), themes from their paths.
 */
import { blockStarts } from '@shared/document'
import { statsSummary, type StatsSummary } from '@shared/stats/summary'
import type { CooccurrenceBy } from '@shared/stats/types'
import { anchorFile } from './anchorFile'
import { CliError } from './cliError'

export interface StatsOptions {
  article: string
  annotations: string
  rollUp: boolean
  by: CooccurrenceBy
}

export interface StatsResult {
  summary: StatsSummary
  /** What became of the file's annotations, for the text output. */
  total: number
  placed: number
  orphaned: number
  skipped: number
}

export async function stats(options: StatsOptions): Promise<StatsResult> {
  const { document, plan, fileName } = await anchorFile(options.article, options.annotations)
  const { report } = plan
  if (report.placed.length === 0) {
    throw new CliError(
      report.total === 0 ? `“${fileName}” holds no annotations.` : `None of the ${report.total} annotations in “${fileName}” could be placed on “${document.fileName}”, so there is nothing to count.`
    )
  }
  const article = { id: 'article', title: document.title, textLength: document.text.length, date: document.metadata.date, blockStarts: blockStarts(document.blocks) }
  const summary = statsSummary(
    [article],
    plan.annotations.map((change) => change.after),
    plan.tags,
    { rollUp: options.rollUp, by: options.by }
  )
  return { summary, total: report.total, placed: report.placed.length, orphaned: report.orphaned.length, skipped: report.skipped.length }
}

/** The summary as a plain-text table, then the co-occurrence matrix. */
export function statsText(result: StatsResult): string {
  const { summary } = result
  const lines = [`${result.placed} of ${result.total} annotations placed (${result.orphaned} not found in the article, ${result.skipped} not about a passage of text).`, '']
  const header = ['Theme', 'Passages', 'Articles', 'Characters', 'Share']
  const rows = summary.themes.map((t) => [t.path, String(t.passages), String(t.articles), String(t.characters), `${(t.share * 100).toFixed(1)}%`])
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] as string).length)))
  const line = (cells: string[]): string => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] as number) : c.padStart(widths[i] as number))).join('  ')
  lines.push(line(header), ...rows.map(line), '')
  const names = summary.cooccurrence.themes
  if (names.length > 0) {
    lines.push('Co-occurrence (pairs of passages; the diagonal: passages of the theme):')
    const first = Math.max(...names.map((n) => n.length))
    const width = Math.max(3, ...summary.cooccurrence.counts.flat().map((n) => String(n).length))
    lines.push(`${''.padEnd(first)}  ${names.map((_, i) => String(i + 1).padStart(width)).join(' ')}`)
    summary.cooccurrence.counts.forEach((row, i) => lines.push(`${(names[i] as string).padEnd(first)}  ${row.map((n) => String(n).padStart(width)).join(' ')}  (${i + 1})`))
  }
  return `${lines.join('\n')}\n`
}
