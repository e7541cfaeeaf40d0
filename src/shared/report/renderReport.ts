/**
 * The exported report: one self-contained HTML file a colleague can open or print, with
 * no scripts and no external resources. Pure string building, so it runs anywhere.
 */

import type { Annotation, Tag } from '../annotation'
import { renderArticleBlocks, renderNotes } from './article'
import { escapeHtml } from './escape'
import { SECTION_TITLES } from './grouping'
import { documentRows, metadataRows } from './metadataRows'
import { DEFAULT_REPORT_OPTIONS, type ReportDocument, type ReportRequest } from './request'
import { articleTitle, resolveReport, type ResolvedArticle, type ResolvedReport } from './resolve'
import { renderLegend, renderPassages, renderSummaryTable } from './sections'
import { REPORT_CSS } from './styles'
import type { Translate } from '../i18n/format'

export { reportFileName } from './fileName'

/** One article with the whole codebook and every option at its default: the report as it first was. */
export interface ReportInput {
  document: ReportDocument
  tags: Tag[]
  annotations: Annotation[]
  generatedAt: Date
}

/** Forbids everything but the inline stylesheet and data: images, should the file ever be tampered with. */
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"

/** The report of one article with every theme, its full text and notes. */
export function renderReport(input: ReportInput): string {
  return renderHtmlReport({
    projectName: '',
    analystName: '',
    articles: [{ document: input.document, annotations: input.annotations }],
    tags: input.tags,
    options: DEFAULT_REPORT_OPTIONS,
    generatedAt: input.generatedAt
  })
}

/** The complete report as an HTML5 document string. */
export function renderHtmlReport(request: ReportRequest): string {
  return renderResolvedHtml(resolveReport(request))
}

export function renderResolvedHtml(report: ResolvedReport): string {
  const { options } = report.request
  const { t } = report
  const sections: [string, string, string][] = [['legend', escapeHtml(t('report.themes')), renderLegend(report, options.themeDetails)]]
  if (options.summary) sections.push(['summary', escapeHtml(t('report.summary')), renderSummaryTable(report)])
  if (options.fullText) {
    for (const article of report.articles) sections.push(...articleSections(article, report.articles.length > 1, options.notes, t))
  }
  sections.push(['passages', escapeHtml(t(SECTION_TITLES[options.order])), renderPassages(report, options)])
  return [
    '<!doctype html>',
    `<html lang="${report.locale}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(CSP)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="Themata">',
    `<title>${escapeHtml(t('report.documentTitle', { title: report.title }))}</title>`,
    `<style>${REPORT_CSS}</style>`,
    '</head>',
    '<body>',
    '<div class="page">',
    renderHeader(report, sections),
    '<main>',
    ...sections.map(([id, heading, body]) => section(id, heading, body)),
    '</main>',
    '</div>',
    '</body>',
    '</html>',
    ''
  ].join('\n')
}

/** The article's text (under its own title when the report has several) and its notes. */
function articleSections(article: ResolvedArticle, several: boolean, notes: boolean, t: Translate): [string, string, string][] {
  const doc = article.document
  const lang = langAttribute(doc.metadata.language)
  const text = `<article class="article-text"${lang}>${renderArticleBlocks(doc.blocks, article.model, article.anchor, several ? 3 : 2)}</article>`
  if (!several) {
    const out: [string, string, string][] = [['article', escapeHtml(t('report.article')), text]]
    if (notes) out.push(['notes', escapeHtml(t('report.notes')), renderNotes(article.model, '', t)])
    return out
  }
  const meta = metadataList(documentRows(doc, t))
  const notesPart = notes ? `<h3>${escapeHtml(t('report.notes'))}</h3>${renderNotes(article.model, article.anchor, t)}` : ''
  return [[`${article.anchor}article`, escapeHtml(articleTitle(doc, t)), `${meta}${text}${notesPart}`]]
}

function section(id: string, heading: string, body: string): string {
  return `<section id="${id}" class="report-section ${id.replace(/^a\d+-/, '')}-section">\n<h2>${heading}</h2>\n${body}\n</section>`
}

function metadataList(rows: readonly [string, string][]): string {
  const items = rows.map(([label, value]) => `<div><dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value)}</dd></div>`)
  return items.length > 0 ? `<dl class="meta">${items.join('')}</dl>` : ''
}

/** Title, metadata, generation date and in-page navigation (hidden in print). */
function renderHeader(report: ResolvedReport, sections: readonly [string, string, string][]): string {
  const { request, t } = report
  const meta = metadataList(metadataRows(report))
  const toc = sections.map(([id, heading]) => `<a href="#${id}">${heading}</a>`).join('')
  return [
    '<header class="report-header">',
    `<p class="eyebrow">${escapeHtml(t('report.eyebrow'))}</p>`,
    `<h1>${escapeHtml(report.title)}</h1>`,
    meta,
    `<p class="generated">${escapeHtml(t('report.generated'))} ${formatGeneratedAt(request.generatedAt, t)}</p>`,
    `<nav class="toc" aria-label="${escapeHtml(t('report.contents'))}">${toc}</nav>`,
    '</header>'
  ].join('\n')
}

/** In UTC, so the same report reads the same wherever it is opened or tested. */
function formatGeneratedAt(date: Date, t: Translate): string {
  if (Number.isNaN(date.getTime())) return escapeHtml(t('report.unknownTime'))
  const iso = date.toISOString()
  return `<time datetime="${iso}">${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC</time>`
}

/** The article's language for hyphenation and screen readers, when it is a plausible BCP 47 tag. */
function langAttribute(language: string | undefined): string {
  return language && /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/.test(language) ? ` lang="${language}"` : ''
}
