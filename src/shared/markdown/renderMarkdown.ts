/**
 * The report as Markdown (CommonMark with GFM tables): front matter Obsidian reads as properties,
 * the title and metadata, the summary table, and the passages as block quotes with their article,
 * paragraph and note. Everything the analyst or the article wrote is escaped, so no text turns
 * into markup, a link, a tag or an embed.
 */
import { contextOf } from '../report/context'
import { groupPassages, locationLabel, otherThemes, SECTION_TITLES, type PassageItem, type ThemeGroup, type ThemeHeading } from '../report/grouping'
import { UNKNOWN_THEME_NAME } from '../report/model'
import { articleTitle, type ResolvedReport } from '../report/resolve'
import { metadataRows } from '../report/metadataRows'
import { formatShare } from '../report/summary'
import { codebookLines, markdownText } from './markdownText'

export function renderMarkdown(report: ResolvedReport): string {
  const { request } = report
  const { options } = request
  const several = report.articles.length !== 1
  const out: string[] = [frontMatter(report), `# ${markdownText(report.title)}`, '', ...metadata(report), '']
  out.push('## Themes', '', ...codebookLines(report, options.themeDetails), '')
  if (options.summary) out.push('## Summary', '', ...summaryTable(report), '')
  out.push(`## ${report.t(SECTION_TITLES[options.order])}`, '')
  const groups = groupPassages(report, options.order)
  if (groups.order === 'theme') {
    for (const g of groups.themes) out.push(...themeGroup(g, '###', several, report))
  } else {
    for (const { article, themes, items } of groups.articles) {
      out.push(`### ${markdownText(articleTitle(article.document))} (${count(items.length)})`, '')
      if (items.length === 0) out.push('*No passages in this article.*', '')
      else if (groups.order === 'article') for (const g of themes) out.push(...themeGroup(g, '####', several, report))
      else for (const item of items) out.push(...passage(item, null, several, report))
    }
  }
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`
}

function count(n: number): string {
  return `${n} passage${n === 1 ? '' : 's'}`
}

/** YAML front matter: JSON strings are valid YAML, so every value is quoted safely. */
function frontMatter(report: ResolvedReport): string {
  const { request } = report
  const lines = ['---', `title: ${JSON.stringify(report.title)}`]
  if (request.projectName) lines.push(`project: ${JSON.stringify(request.projectName)}`)
  if (request.analystName) lines.push(`analyst: ${JSON.stringify(request.analystName)}`)
  lines.push(`articles: ${report.articles.length}`, `generated: ${JSON.stringify(generatedAt(request.generatedAt))}`, '---', '')
  return lines.join('\n')
}

function generatedAt(date: Date): string {
  return Number.isNaN(date.getTime()) ? '' : `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`
}

function metadata(report: ResolvedReport): string[] {
  const generated = generatedAt(report.request.generatedAt)
  const rows = [...metadataRows(report), ...(generated ? [[report.t('report.generatedLabel'), generated] as [string, string]] : [])]
  return rows.map(([label, value]) => `- **${label}:** ${markdownText(value)}`)
}

function summaryTable(report: ResolvedReport): string[] {
  const several = report.articles.length > 1
  const row = (cells: string[]): string => `| ${cells.join(' | ')} |`
  const lines = [
    row(['Theme', 'Passages', ...(several ? ['Articles'] : []), 'Share of text']),
    row(['---', '--:', ...(several ? ['--:'] : []), '--:'])
  ]
  const add = (name: string, c: { passages: number; articles: number; share: number }): void => {
    lines.push(row([name, String(c.passages), ...(several ? [String(c.articles)] : []), formatShare(c.share)]))
  }
  for (const t of report.themes) add(markdownText(t.path.join(' / ')), t)
  if (report.unknown.passages > 0) add(UNKNOWN_THEME_NAME, report.unknown)
  add('**All passages**', report.total)
  return lines
}

function themeGroup(group: ThemeGroup, level: string, several: boolean, report: ResolvedReport): string[] {
  const out = [`${level} ${markdownText(group.theme.name)} (${count(group.items.length)})`, '']
  if (group.items.length === 0) return [...out, '*No passages tagged with this theme.*', '']
  for (const item of group.items) out.push(...passage(item, group.theme, several, report))
  return out
}

/** A block quote (context in italics around it when asked), then where it is, its other themes and note. */
function passage(item: PassageItem, theme: ThemeHeading | null, several: boolean, report: ResolvedReport): string[] {
  const { options } = report.request
  const p = item.passage
  const context = contextOf(item.article.document.text, p, options.contextChars)
  const paragraphs = p.annotation.exact.split(/\n+/).map((line) => markdownText(line))
  if (context.before) paragraphs[0] = `*${markdownText(context.before.trim())}* ${paragraphs[0] ?? ''}`
  if (context.after) paragraphs[paragraphs.length - 1] = `${paragraphs[paragraphs.length - 1] ?? ''} *${markdownText(context.after.trim())}*`
  const out = [paragraphs.map((line) => `> ${line}`).join('\n>\n'), '']
  const others = otherThemes(p, theme)
  const where = `— ${markdownText(locationLabel(item, several))}`
  out.push(others.length > 0 ? `${where} · ${theme ? 'Also' : 'Themes'}: ${markdownText(others.join(', '))}` : where, '')
  if (options.notes && p.annotation.note.trim() !== '') {
    const note = p.annotation.note.trim().split(/\r?\n/).map(markdownText)
    out.push(`**Note:** ${note.join('  \n')}`, '')
  }
  return out
}
