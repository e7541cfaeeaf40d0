/**
 * The exported report: one self-contained HTML file a colleague can open or print, with
 * no scripts and no external resources. Pure string building, so it runs anywhere.
 */

import type { Annotation, Tag } from '../annotation'
import type { ImportedDocument } from '../document'
import { renderArticleBlocks, renderNotes } from './article'
import { escapeHtml } from './escape'
import { buildModel, type ReportModel } from './model'
import { renderLegend, renderPassagesByTheme, renderSummaryTable } from './sections'
import { REPORT_CSS } from './styles'
import { summarizeThemes } from './summary'

export { reportFileName } from './fileName'

export interface ReportInput {
  document: Pick<ImportedDocument, 'title' | 'metadata' | 'blocks' | 'text' | 'fileName'>
  tags: Tag[]
  annotations: Annotation[]
  generatedAt: Date
}

/** Forbids everything but the inline stylesheet and data: images, should the file ever be tampered with. */
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"

/** The complete report as an HTML5 document string. */
export function renderReport(input: ReportInput): string {
  const { document: doc, tags, annotations } = input
  const model = buildModel(doc, tags, annotations)
  const summary = summarizeThemes(tags, annotations, doc.text.length)
  const hasUnknown = summary.unknown.passages > 0
  const title = doc.title.trim() || 'Untitled document'
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(CSP)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="Themata">',
    `<title>${escapeHtml(title)} — annotated report</title>`,
    `<style>${REPORT_CSS}</style>`,
    '</head>',
    '<body>',
    '<div class="page">',
    renderHeader(title, doc, input.generatedAt),
    '<main>',
    section('legend', 'Themes', renderLegend(model.tags, hasUnknown)),
    section('summary', 'Summary', renderSummaryTable(summary)),
    section('article', 'Article', renderArticle(doc, model)),
    section('notes', 'Notes', renderNotes(model)),
    section('passages', 'Passages by theme', renderPassagesByTheme(model, doc.blocks.length)),
    '</main>',
    '</div>',
    '</body>',
    '</html>',
    ''
  ].join('\n')
}

/** The article in its own element, so its text can be read (and tested) apart from the report around it. */
function renderArticle(doc: ReportInput['document'], model: ReportModel): string {
  const lang = langAttribute(doc.metadata.language)
  return `<article class="article-text"${lang}>${renderArticleBlocks(doc.blocks, model)}</article>`
}

function section(id: string, heading: string, body: string): string {
  return `<section id="${id}" class="report-section ${id}-section">\n<h2>${heading}</h2>\n${body}\n</section>`
}

/** Title, source metadata, generation date and in-page navigation (hidden in print). */
function renderHeader(title: string, doc: ReportInput['document'], generatedAt: Date): string {
  const meta: [string, string | undefined][] = [
    ['Author', doc.metadata.author],
    ['Date', doc.metadata.date],
    ['Source', doc.metadata.source],
    ['File', doc.fileName]
  ]
  const rows = meta
    .filter((entry): entry is [string, string] => Boolean(entry[1]?.trim()))
    .map(([label, value]) => `<div><dt>${label}</dt><dd>${escapeHtml(value)}</dd></div>`)
  return [
    '<header class="report-header">',
    '<p class="eyebrow">Themata · annotated report</p>',
    `<h1>${escapeHtml(title)}</h1>`,
    rows.length > 0 ? `<dl class="meta">${rows.join('')}</dl>` : '',
    `<p class="generated">Report generated ${formatGeneratedAt(generatedAt)}</p>`,
    '<nav class="toc" aria-label="Contents"><a href="#legend">Themes</a><a href="#summary">Summary</a>' +
      '<a href="#article">Article</a><a href="#notes">Notes</a><a href="#passages">Passages by theme</a></nav>',
    '</header>'
  ].join('\n')
}

/** In UTC, so the same report reads the same wherever it is opened or tested. */
function formatGeneratedAt(date: Date): string {
  if (Number.isNaN(date.getTime())) return 'at an unknown time'
  const iso = date.toISOString()
  return `<time datetime="${iso}">${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC</time>`
}

/** The article's language for hyphenation and screen readers, when it is a plausible BCP 47 tag. */
function langAttribute(language: string | undefined): string {
  return language && /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/.test(language) ? ` lang="${language}"` : ''
}
