/**
 * `stats`: theme frequencies, coverage and co-occurrence, counted by the Analysis view's code
 * (src/shared/stats/), of a whole project file (read as `import-project` reads it) or of an article
 * and its annotations (placed exactly as the `annotations` command places them).
 */
import { blockStarts } from '@shared/document'
import { statsSummary, type StatsSummary } from '@shared/stats/summary'
import type { CooccurrenceBy, StatsDocument } from '@shared/stats/types'
import { anchorFile } from './anchorFile'
import { CliError } from './cliError'
import { readProjectInput } from './projectFile'

export interface CountOptions {
  rollUp: boolean
  by: CooccurrenceBy
}

export interface StatsOptions extends CountOptions {
  article: string
  annotations: string
}

export interface StatsResult {
  summary: StatsSummary
  /** What was counted, one sentence, for the text output. */
  lead: string
}

/** Every article of the project in the file (a backup of one project, a .qdpx or .qde). */
export async function projectStats(path: string, options: CountOptions): Promise<StatsResult> {
  const projects = await readProjectInput(path)
  if (projects.length !== 1) throw new CliError(`The backup holds ${projects.length} projects and stats counts one; back up a single project to count it.`)
  const [{ project }] = projects as [(typeof projects)[number]]
  const contents = new Map(project.contents.map((c) => [c.documentId, c]))
  const documents: StatsDocument[] = project.documents.map((d) => {
    const content = contents.get(d.id)
    return { id: d.id, title: d.title, textLength: content?.text.length ?? d.charCount, date: d.metadata.date, setIds: d.setIds, blockStarts: content ? blockStarts(content.blocks) : undefined }
  })
  const summary = statsSummary(documents, project.annotations, project.tags, options)
  const n = (count: number, one: string): string => `${count} ${one}${count === 1 ? '' : 's'}`
  return { summary, lead: `“${project.name}”: ${n(documents.length, 'article')}, ${n(project.annotations.length, 'passage')}, ${n(project.tags.length, 'theme')}.` }
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
  return {
    summary,
    lead: `${report.placed.length} of ${report.total} annotations placed (${report.orphaned.length} not found in the article, ${report.skipped.length} not about a passage of text).`
  }
}

/** The summary as a plain-text table, then the co-occurrence matrix. */
export function statsText(result: StatsResult): string {
  const { summary } = result
  const lines = [result.lead, '']
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
