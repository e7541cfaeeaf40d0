/** Markdown escaping and the codebook as a nested list, shared by the report and the codebook document. */
import { safeColor, UNTAGGED_COLOR } from '../highlightStyle'
import { UNKNOWN_THEME_NAME } from '../report/model'
import type { ResolvedReport } from '../report/resolve'

/**
 * Plain text as Markdown that shows exactly that text: what CommonMark, GFM or Obsidian would read
 * as markup (emphasis, code, links, HTML, table cells, strikethrough, maths, tags, highlights,
 * comments, entities, list and heading starts) is backslash-escaped; line breaks become spaces.
 */
export function markdownText(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/[\\`*_[\]<>|~$#]/g, '\\$&')
    .replace(/==/g, '\\=\\=')
    .replace(/%%/g, '\\%\\%')
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&')
    .replace(/^([-+])(?=\s|$)/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2')
}

/** The themes as a nested list: colour, name, and with details their description and memo. */
export function codebookLines(report: ResolvedReport, details: boolean, counts = false): string[] {
  const lines: string[] = []
  for (const t of report.themes) {
    const indent = '  '.repeat(t.depth)
    const extra = counts ? ` — ${t.passages} passage${t.passages === 1 ? '' : 's'}` : ''
    lines.push(`${indent}- **${markdownText(t.tag.name)}** \`${safeColor(t.tag.color)}\`${extra}`)
    if (details && t.tag.description.trim()) lines.push(`${indent}  ${markdownText(t.tag.description.trim())}`)
    if (details && t.tag.memo.trim()) lines.push(`${indent}  *Memo:* ${t.tag.memo.trim().split(/\r?\n/).map(markdownText).join(' ')}`)
  }
  if (report.unknown.passages > 0) lines.push(`- **${UNKNOWN_THEME_NAME}** \`${UNTAGGED_COLOR}\``)
  if (lines.length === 0) lines.push('*The codebook has no themes.*')
  return lines
}
