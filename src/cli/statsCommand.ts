/**
 * `stats`: theme frequencies, coverage and co-occurrence of an article and its annotations, from
 * the same shared code as the Analysis view. The article is imported as the app imports it; the
 * annotations (W3C Web Annotations) are placed on it by position or quote (src/shared/stats/w3cPassages).
 */
import { readFile } from 'node:fs/promises'
import { basename } from 'node:path'
import { blockStarts } from '@shared/document'
import { statsSummary, type StatsSummary } from '@shared/stats/summary'
import type { CooccurrenceBy } from '@shared/stats/types'
import { readW3cPassages } from '@shared/stats/w3cPassages'
import { importFile } from '../main/services/importFile'

export interface StatsOptions {
  article: string
  annotations: string
  rollUp: boolean
  by: CooccurrenceBy
}

/** A sentence for the user: the command line or a file was wrong. */
export class StatsError extends Error {}

/** JSON, or JSON Lines (one annotation a line). */
function parseAnnotations(text: string, fileName: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '')
    try {
      return lines.map((line) => JSON.parse(line) as unknown)
    } catch {
      throw new StatsError(`“${fileName}” is not JSON, so it holds no annotations Themata can read.`)
    }
  }
}

export interface StatsResult {
  summary: StatsSummary
  /** What happened to the annotations, for the text output. */
  total: number
  placed: number
  orphaned: number
  skipped: number
}

export async function stats(options: StatsOptions): Promise<StatsResult> {
  const document = await importFile(options.article)
  const fileName = basename(options.annotations)
  let raw: string
  try {
    raw = await readFile(options.annotations, 'utf8')
  } catch {
    throw new StatsError(`Could not read “${fileName}”: the file is missing or unreadable.`)
  }
  const reading = readW3cPassages(parseAnnotations(raw, fileName), document.text, 'article')
  if (reading.total === 0) throw new StatsError(`“${fileName}” holds no annotations.`)
  const summary = statsSummary([{ id: 'article', title: document.title, textLength: document.text.length, date: document.metadata.date, blockStarts: blockStarts(document.blocks) }], reading.passages, reading.themes, {
    rollUp: options.rollUp,
    by: options.by
  })
  return { summary, total: reading.total, placed: reading.passages.length, orphaned: reading.orphaned, skipped: reading.skipped }
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
