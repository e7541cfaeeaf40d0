/** What a project import brought in and what it could not, for the app's summary and the CLI. */
import type { Reason, Words } from '../i18n/words'
import type { PositionUnit } from './positionUnit'

export interface ImportedArticle {
  title: string
  /** Length of the canonical text, in UTF-16 code units (what the app counts). */
  characters: number
  passages: number
}

export interface Unplaced extends Reason {
  /** The source (or note, set…) by name. */
  source: string
  /** The same in words, when it is not a source's own name ("Set “Codes”"). */
  sourceWords?: Words
}

export interface ProjectImportReport {
  articles: ImportedArticle[]
  /** Themes in the new project's codebook. */
  themes: number
  /** Passages created. */
  passages: number
  /** Notes kept: passage notes, article memos and theme memos. */
  notes: number
  unplaced: Unplaced[]
  /** How each text's positions were counted, and why that reading (not in the CLI's JSON). */
  positions: ({ source: string; unit: PositionUnit } & Reason)[]
}

/** The report as the CLI prints it with --json: exactly these keys, each reason in English. */
export function reportJson(report: ProjectImportReport): Omit<ProjectImportReport, 'positions' | 'unplaced'> & { unplaced: Pick<Unplaced, 'source' | 'reason'>[] } {
  const { articles, themes, passages, notes, unplaced } = report
  return { articles, themes, passages, notes, unplaced: unplaced.map(({ source, reason }) => ({ source, reason })) }
}

const count = (n: number, one: string, many: string): string => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`

/** One sentence: what came in. */
export function reportSummary(report: ProjectImportReport): string {
  const missed = report.unplaced.length > 0 ? `; ${count(report.unplaced.length, 'item', 'items')} could not be placed` : ''
  return `Imported ${count(report.articles.length, 'article', 'articles')}, ${count(report.themes, 'theme', 'themes')}, ${count(report.passages, 'passage', 'passages')} and ${count(report.notes, 'note', 'notes')}${missed}.`
}

/** The whole report as lines of text (the CLI without --json). */
export function reportText(report: ProjectImportReport): string {
  const lines = [reportSummary(report)]
  if (report.articles.length > 0) {
    lines.push('', 'Articles:')
    for (const a of report.articles) lines.push(`  ${a.title} — ${count(a.characters, 'character', 'characters')}, ${count(a.passages, 'passage', 'passages')}`)
  }
  if (report.positions.length > 0) {
    lines.push('', 'Positions:')
    for (const p of report.positions) lines.push(`  ${p.source}: ${p.reason}`)
  }
  if (report.unplaced.length > 0) {
    lines.push('', 'Not imported:')
    for (const u of report.unplaced) lines.push(`  ${u.source}: ${u.reason}`)
  }
  return `${lines.join('\n')}\n`
}
