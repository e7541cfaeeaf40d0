/**
 * The coded passages as a table, one row per passage and theme (or per passage with its themes
 * joined): what the CSV and the XLSX exports write, in the order the report's options give.
 */
import type { Tag } from '../annotation'
import { contextOf } from './context'
import { UNKNOWN_THEME_NAME, type Passage } from './model'
import { articleTitle, type ResolvedArticle, type ResolvedReport } from './resolve'

export interface PassageRow {
  project: string
  article: string
  articleDate: string
  theme: string
  themePath: string
  quote: string
  contextBefore: string
  contextAfter: string
  note: string
  start: number
  end: number
  /** 1-based number of the paragraph the passage starts in. */
  paragraph: number
  created: Date
  updated: Date
}

export type RowKey = keyof PassageRow

export interface Column {
  key: RowKey
  header: string
  /** Width in characters, for the spreadsheet. */
  width: number
}

const ALL_COLUMNS: Column[] = [
  { key: 'project', header: 'Project', width: 18 },
  { key: 'article', header: 'Article', width: 36 },
  { key: 'articleDate', header: 'Article date', width: 12 },
  { key: 'theme', header: 'Theme', width: 22 },
  { key: 'themePath', header: 'Theme path', width: 30 },
  { key: 'contextBefore', header: 'Context before', width: 30 },
  { key: 'quote', header: 'Quote', width: 60 },
  { key: 'contextAfter', header: 'Context after', width: 30 },
  { key: 'note', header: 'Note', width: 40 },
  { key: 'start', header: 'Start', width: 9 },
  { key: 'end', header: 'End', width: 9 },
  { key: 'paragraph', header: 'Paragraph', width: 10 },
  { key: 'created', header: 'Created', width: 20 },
  { key: 'updated', header: 'Updated', width: 20 }
]

/** The columns the options ask for: context only with context, notes only with notes. */
export function passageColumns(report: ResolvedReport): Column[] {
  const { contextChars, notes } = report.request.options
  return ALL_COLUMNS.filter((c) => (c.key !== 'contextBefore' && c.key !== 'contextAfter') || contextChars > 0).filter((c) => c.key !== 'note' || notes)
}

export const THEME_SEPARATOR = '; '
export const PATH_SEPARATOR = ' / '

/** The rows in the chosen order: by theme, then article and position; by article, then theme or position. */
export function passageRows(report: ResolvedReport): PassageRow[] {
  const { order, rowPerTheme } = report.request.options
  const paths = new Map(report.themes.map((t) => [t.tag, t.path.join(PATH_SEPARATOR)]))
  const rank = new Map(report.tags.map((t, i) => [t as Tag | null, i]))
  rank.set(null, report.tags.length)
  const rows: { row: PassageRow; article: number; theme: number; start: number; end: number }[] = []
  for (const article of report.articles) {
    const { project, article: title, articleDate } = articleFields(report, article)
    for (const p of article.model.passages) {
      const themes: (Tag | null)[] = [...p.themes]
      if (p.unknown) themes.push(null)
      const { quote, contextBefore, contextAfter, note, start, end, paragraph, created, updated } = passageFields(report, article, p)
      // Literal rows, not spreads: an export of a whole project makes 100,000 of them.
      const row = (theme: string, themePath: string): PassageRow => ({ project, article: title, articleDate, theme, themePath, quote, contextBefore, contextAfter, note, start, end, paragraph, created, updated })
      const position = { article: article.index, start: p.start, end: p.end }
      if (rowPerTheme) {
        for (const t of themes) {
          const name = t ? t.name : UNKNOWN_THEME_NAME
          rows.push({ row: row(name, t ? (paths.get(t) as string) : name), theme: rank.get(t) as number, ...position })
        }
      } else {
        const theme = themes.map((t) => (t ? t.name : UNKNOWN_THEME_NAME)).join(THEME_SEPARATOR)
        const themePath = themes.map((t) => (t ? (paths.get(t) as string) : UNKNOWN_THEME_NAME)).join(THEME_SEPARATOR)
        rows.push({ row: row(theme, themePath), theme: rank.get(themes[0] ?? null) as number, ...position })
      }
    }
  }
  const byPosition = (a: (typeof rows)[number], b: (typeof rows)[number]): number => a.start - b.start || a.end - b.end
  const compare =
    order === 'theme'
      ? (a: (typeof rows)[number], b: (typeof rows)[number]) => a.theme - b.theme || a.article - b.article || byPosition(a, b)
      : order === 'article'
        ? (a: (typeof rows)[number], b: (typeof rows)[number]) => a.article - b.article || a.theme - b.theme || byPosition(a, b)
        : (a: (typeof rows)[number], b: (typeof rows)[number]) => a.article - b.article || byPosition(a, b) || a.theme - b.theme
  return rows.sort(compare).map((r) => r.row)
}

function articleFields(report: ResolvedReport, article: ResolvedArticle): Pick<PassageRow, 'project' | 'article' | 'articleDate'> {
  return { project: report.request.projectName, article: articleTitle(article.document), articleDate: article.document.metadata.date ?? '' }
}

function passageFields(report: ResolvedReport, article: ResolvedArticle, p: Passage): Omit<PassageRow, 'project' | 'article' | 'articleDate' | 'theme' | 'themePath'> {
  const { contextChars, notes } = report.request.options
  const context = contextOf(article.document.text, p, contextChars)
  return {
    quote: p.annotation.exact,
    contextBefore: context.before,
    contextAfter: context.after,
    note: notes ? p.annotation.note : '',
    start: p.annotation.start,
    end: p.annotation.end,
    paragraph: p.firstBlock + 1,
    created: new Date(p.annotation.createdAt),
    updated: new Date(p.annotation.updatedAt)
  }
}

/**
 * A text cell made inert for spreadsheet software: one that begins with = + - @ (or a tab or
 * carriage return, which some programs skip before reading a formula) gets a leading apostrophe,
 * the escape OWASP recommends against CSV injection.
 */
export function inertCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
}

const DAY_MS = 86_400_000
const twoDigits = (n: number): string => (n < 10 ? `0${n}` : String(n))

/**
 * Dates as ISO 8601 in UTC to the second ("2025-08-09T10:00:00Z"; empty when unknown). The day's
 * part is kept from one call to the next and the time of day is counted, since toISOString costs
 * more than the rest of a CSV row and a project's passages are mostly made on few days.
 */
export function isoSecondsFormatter(): (date: Date) => string {
  let day = Number.NaN
  let dayText = ''
  return (date) => {
    const ms = date.getTime()
    if (Number.isNaN(ms)) return ''
    const d = Math.floor(ms / DAY_MS)
    if (d !== day) {
      const iso = new Date(d * DAY_MS).toISOString()
      day = d
      dayText = iso.slice(0, iso.indexOf('T') + 1)
    }
    const s = Math.floor((ms - d * DAY_MS) / 1000)
    return `${dayText}${twoDigits(Math.floor(s / 3600))}:${twoDigits(Math.floor(s / 60) % 60)}:${twoDigits(s % 60)}Z`
  }
}
