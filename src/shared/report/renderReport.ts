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
import { translator, type MessageKey, type Translate } from '../i18n/format'
import type { Locale } from '../i18n/locales'

export { reportFileName } from './fileName'

export interface ReportInput {
  document: Pick<ImportedDocument, 'title' | 'metadata' | 'blocks' | 'text' | 'fileName'>
  tags: Tag[]
  annotations: Annotation[]
  generatedAt: Date
  /** The language of the report's own words (headings, labels); English unless given. */
  locale?: Locale
}

/** Forbids everything but the inline stylesheet and data: images, should the file ever be tampered with. */
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"

/** The complete report as an HTML5 document string. */
export function renderReport(input: ReportInput): string {
  const { document: doc, tags, annotations } = input
  const locale = input.locale ?? 'en'
  const t = translator(locale)
  const model = buildModel(doc, tags, annotations, t)
  const summary = summarizeThemes(tags, annotations, doc.text.length)
  const hasUnknown = summary.unknown.passages > 0
  const title = doc.title.trim() || t('report.untitled')
  return [
    '<!doctype html>',
    `<html lang="${locale}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(CSP)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="Themata">',
    `<title>${escapeHtml(t('report.documentTitle', { title }))}</title>`,
    `<style>${REPORT_CSS}</style>`,
    '</head>',
    '<body>',
    '<div class="page">',
    renderHeader(title, doc, input.generatedAt, t),
    '<main>',
    section('legend', t('report.themes'), renderLegend(model.tags, hasUnknown, t)),
    section('summary', t('report.summary'), renderSummaryTable(summary, t, locale)),
    section('article', t('report.article'), renderArticle(doc, model)),
    section('notes', t('report.notes'), renderNotes(model)),
    section('passages', t('report.passagesByTheme'), renderPassagesByTheme(model, doc.blocks.length)),
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
  return `<section id="${id}" class="report-section ${id}-section">\n<h2>${escapeHtml(heading)}</h2>\n${body}\n</section>`
}

const TOC: readonly (readonly [string, MessageKey])[] = [
  ['legend', 'report.themes'],
  ['summary', 'report.summary'],
  ['article', 'report.article'],
  ['notes', 'report.notes'],
  ['passages', 'report.passagesByTheme']
]

/** Title, source metadata, generation date and in-page navigation (hidden in print). */
function renderHeader(title: string, doc: ReportInput['document'], generatedAt: Date, t: Translate): string {
  const meta: [string, string | undefined][] = [
    [t('article.author'), doc.metadata.author],
    [t('article.date'), doc.metadata.date],
    [t('article.source'), doc.metadata.source],
    [t('article.file'), doc.fileName]
  ]
  const rows = meta
    .filter((entry): entry is [string, string] => Boolean(entry[1]?.trim()))
    .map(([label, value]) => `<div><dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value)}</dd></div>`)
  return [
    '<header class="report-header">',
    `<p class="eyebrow">${escapeHtml(t('report.eyebrow'))}</p>`,
    `<h1>${escapeHtml(title)}</h1>`,
    rows.length > 0 ? `<dl class="meta">${rows.join('')}</dl>` : '',
    `<p class="generated">${escapeHtml(t('report.generated'))} ${formatGeneratedAt(generatedAt, t)}</p>`,
    `<nav class="toc" aria-label="${escapeHtml(t('report.contents'))}">` +
      TOC.map(([id, key]) => `<a href="#${id}">${escapeHtml(t(key))}</a>`).join('') +
      '</nav>',
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
