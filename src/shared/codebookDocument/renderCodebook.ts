/**
 * The codebook as a document, as Taguette and QualCoder offer it: every theme in its place in the
 * tree, with its colour, description, memo and how often it was used in the chosen articles.
 * HTML (self-contained, printable), Markdown and Word, from the same resolved report.
 */
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun, type FileChild } from 'docx'
import { safeColor } from '../highlightStyle'
import { markdownText } from '../markdown/markdownText'
import { escapeHtml } from '../report/escape'
import type { ResolvedReport, ThemeTotal } from '../report/resolve'
import { REPORT_CSS } from '../report/styles'
import { wordColor } from '../docx/shading'

const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"

export function codebookTitle(report: ResolvedReport): string {
  const project = report.request.projectName.trim()
  return project ? `Codebook — ${project}` : 'Codebook'
}

/** "12 passages in 3 articles". */
export function usage(t: Pick<ThemeTotal, 'passages' | 'articles'>): string {
  return `${t.passages} passage${t.passages === 1 ? '' : 's'} in ${t.articles} article${t.articles === 1 ? '' : 's'}`
}

function byline(report: ResolvedReport): string[] {
  const { request } = report
  const lines = [`${report.themes.length} theme${report.themes.length === 1 ? '' : 's'}; counts over ${report.articles.length} article${report.articles.length === 1 ? '' : 's'}`]
  if (request.analystName.trim()) lines.push(`Analyst: ${request.analystName.trim()}`)
  if (!Number.isNaN(request.generatedAt.getTime())) lines.push(`Generated ${request.generatedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC`)
  return lines
}

export function renderCodebookHtml(report: ResolvedReport): string {
  const title = codebookTitle(report)
  const items = report.themes.map((t) => {
    const color = safeColor(t.tag.color)
    const level = Math.min(6, 2 + t.depth)
    return (
      `<section class="codebook-theme" data-theme="${escapeHtml(t.tag.name)}" data-depth="${t.depth}" style="margin-left: ${t.depth * 1.5}rem">` +
      `<h${level}><span class="swatch" style="background-color: ${escapeHtml(color)}"></span>${escapeHtml(t.tag.name)}</h${level}>` +
      `<p class="location">${escapeHtml(t.path.join(' / '))} · <code>${escapeHtml(color)}</code> · <span class="usage">${usage(t)}</span></p>` +
      (t.tag.description.trim() ? `<p class="theme-description-block">${escapeHtml(t.tag.description.trim())}</p>` : '') +
      (t.tag.memo.trim() ? `<p class="note theme-memo-block">${escapeHtml(t.tag.memo.trim())}</p>` : '') +
      '</section>'
    )
  })
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(CSP)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="Themata">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${REPORT_CSS}</style>`,
    '</head>',
    '<body>',
    '<div class="page">',
    '<header class="report-header"><p class="eyebrow">Themata · codebook</p>',
    `<h1>${escapeHtml(title)}</h1>`,
    ...byline(report).map((line) => `<p class="generated">${escapeHtml(line)}</p>`),
    '</header>',
    '<main>',
    items.length > 0 ? items.join('\n') : '<p class="empty">The codebook has no themes.</p>',
    '</main>',
    '</div>',
    '</body>',
    '</html>',
    ''
  ].join('\n')
}

export function renderCodebookMarkdown(report: ResolvedReport): string {
  const out = ['---', `title: ${JSON.stringify(codebookTitle(report))}`, `themes: ${report.themes.length}`, '---', '', `# ${markdownText(codebookTitle(report))}`, '']
  out.push(...byline(report).map((line) => `- ${markdownText(line)}`), '')
  for (const t of report.themes) {
    out.push(`${'#'.repeat(Math.min(6, 2 + t.depth))} ${markdownText(t.tag.name)}`, '')
    out.push(`${markdownText(t.path.join(' / '))} · \`${safeColor(t.tag.color)}\` · ${usage(t)}`, '')
    if (t.tag.description.trim()) out.push(markdownText(t.tag.description.trim()), '')
    if (t.tag.memo.trim()) out.push(`> ${t.tag.memo.trim().split(/\r?\n/).map(markdownText).join('\n>\n> ')}`, '')
  }
  if (report.themes.length === 0) out.push('*The codebook has no themes.*', '')
  return `${out.join('\n').trimEnd()}\n`
}

const LEVELS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6] as const

export async function renderCodebookDocx(report: ResolvedReport): Promise<Uint8Array> {
  const children: FileChild[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(codebookTitle(report))] }),
    ...byline(report).map((line) => new Paragraph({ children: [new TextRun({ text: line, size: 18, color: '6B7280' })] }))
  ]
  for (const t of report.themes) {
    const indent = { left: t.depth * 360 }
    children.push(
      new Paragraph({ heading: LEVELS[Math.min(LEVELS.length - 1, t.depth)], indent, children: [new TextRun({ text: '■ ', color: wordColor(t.tag.color) }), new TextRun(t.tag.name)] }),
      new Paragraph({ indent, children: [new TextRun({ text: `${t.path.join(' / ')} · ${safeColor(t.tag.color)} · ${usage(t)}`, size: 18, color: '6B7280' })] })
    )
    if (t.tag.description.trim()) children.push(new Paragraph({ indent, children: [new TextRun(t.tag.description.trim())] }))
    for (const line of t.tag.memo.trim() ? t.tag.memo.trim().split(/\r?\n/) : []) children.push(new Paragraph({ indent, alignment: AlignmentType.LEFT, children: [new TextRun({ text: line, italics: true })] }))
  }
  if (report.themes.length === 0) children.push(new Paragraph({ children: [new TextRun({ text: 'The codebook has no themes.', italics: true })] }))
  const document = new Document({
    creator: report.request.analystName || 'Themata',
    title: codebookTitle(report),
    styles: { default: { document: { run: { font: 'Cambria', size: 22 } } } },
    sections: [{ children }]
  })
  return Packer.pack(document, 'uint8array')
}
