/** The codebook-driven parts of the HTML report: legend, summary table and the passages. */

import { safeColor, UNTAGGED_COLOR } from '../highlightStyle'
import { contextOf } from './context'
import { escapeHtml } from './escape'
import {
  groupPassages,
  locationLabel,
  otherThemes,
  type PassageItem,
  type ThemeGroup,
  type ThemeHeading
} from './grouping'
import type { ReportOptions } from './request'
import { articleTitle, type ResolvedReport } from './resolve'
import { formatShare, type Coverage } from './summary'
import type { MessageKey } from '../i18n/format'

export function swatch(color: string): string {
  return `<span class="swatch" style="background-color: ${escapeHtml(safeColor(color))}"></span>`
}

/** Colour and name of each theme, nested as in the codebook, with descriptions and memos when asked. */
export function renderLegend(report: ResolvedReport, details: boolean): string {
  const { t } = report
  const hasUnknown = report.unknown.passages > 0
  if (report.themes.length === 0 && !hasUnknown) return `<p class="empty">${escapeHtml(t('report.noThemes'))}</p>`
  const unknownName = escapeHtml(t('report.unknownTheme'))
  const items = report.themes.map(({ tag, depth }) => {
    const indent = depth > 0 ? ` style="padding-left: ${depth * 1.25}rem"` : ''
    return (
      `<li class="legend-item" data-theme="${escapeHtml(tag.name)}" data-depth="${depth}"${indent}>${swatch(tag.color)}` +
      `<span class="theme-name">${escapeHtml(tag.name)}</span>` +
      (details && tag.description ? `<span class="theme-description">${escapeHtml(tag.description)}</span>` : '') +
      (details && tag.memo.trim() ? `<p class="theme-memo">${escapeHtml(tag.memo)}</p>` : '') +
      '</li>'
    )
  })
  if (hasUnknown) {
    items.push(
      `<li class="legend-item" data-theme="${unknownName}" data-depth="0">${swatch(UNTAGGED_COLOR)}` +
        `<span class="theme-name">${unknownName}</span>` +
        `<span class="theme-description">${escapeHtml(t('report.unknownDescription'))}</span></li>`
    )
  }
  return `<ul class="legend">${items.join('')}</ul>`
}

/**
 * One row per theme in codebook order, the unknown theme when it has passages, and a total row;
 * over several articles, also how many articles each theme appears in.
 */
export function renderSummaryTable(report: ResolvedReport): string {
  const { locale } = report
  const word = (key: MessageKey): string => escapeHtml(report.t(key))
  const several = report.articles.length > 1
  const row = (name: string, label: string, c: Coverage & { articles: number }): string =>
    `<tr data-theme="${escapeHtml(name)}"><th scope="row">${label}</th><td class="num count">${c.passages}</td>` +
    (several ? `<td class="num articles">${c.articles}</td>` : '') +
    `<td class="num share">${formatShare(c.share, locale)}</td></tr>`
  const rows = report.themes.map((s, i) => {
    const indent = s.depth > 0 ? `<span class="indent" style="padding-left: ${s.depth * 1}rem"></span>` : ''
    return row(s.tag.name, `${indent}${swatch(s.tag.color)}<a href="#theme-${i + 1}">${escapeHtml(s.tag.name)}</a>`, s)
  })
  if (report.unknown.passages > 0) {
    const unknownName = report.t('report.unknownTheme')
    rows.push(row(unknownName, `${swatch(UNTAGGED_COLOR)}<a href="#theme-unknown">${escapeHtml(unknownName)}</a>`, report.unknown))
  }
  const t = report.total
  return (
    `<table class="summary-table"><thead><tr><th scope="col">${word('report.theme')}</th>` +
    `<th scope="col" class="num">${word('report.passages')}</th>` +
    (several ? `<th scope="col" class="num">${word('report.articles')}</th>` : '') +
    `<th scope="col" class="num">${word('report.share')}</th></tr></thead>` +
    `<tbody>${rows.join('')}</tbody>` +
    `<tfoot><tr class="total"><th scope="row">${word('report.allPassages')}</th><td class="num count">${t.passages}</td>` +
    (several ? `<td class="num articles">${t.articles}</td>` : '') +
    `<td class="num share">${formatShare(t.share, locale)}</td></tr></tfoot></table>`
  )
}

/** The passages grouped as the options say; links point into the article when its text is in the file. */
export function renderPassages(report: ResolvedReport, options: ReportOptions): string {
  const groups = groupPassages(report, options.order)
  const view = { report, options, several: report.articles.length > 1 }
  if (groups.order === 'theme') return groups.themes.map((g) => themeSection(g, view, 'h3')).join('\n')
  return groups.articles
    .map(({ article, themes, items }) => {
      const heading = `<h3>${escapeHtml(articleTitle(article.document, report.t))} <span class="count">(${escapeHtml(report.t('count.passages', { count: items.length }))})</span></h3>`
      const body =
        items.length === 0
          ? `<p class="empty">${escapeHtml(report.t('report.noPassagesInArticle'))}</p>`
          : groups.order === 'article'
            ? themes.map((g) => themeSection(g, view, 'h4')).join('')
            : `<ol class="passage-list">${items.map((item) => renderPassage(item, null, view)).join('')}</ol>`
      return `<section class="article-passages" id="${article.anchor || 'a1-'}passages">${heading}${body}</section>`
    })
    .join('\n')
}

interface View {
  report: ResolvedReport
  options: ReportOptions
  several: boolean
}

function themeId(theme: ThemeHeading): string {
  return theme.tag === null ? 'theme-unknown' : `theme-${theme.number}`
}

function themeSection(group: ThemeGroup, view: View, level: 'h3' | 'h4'): string {
  const { theme, items } = group
  const count = `<span class="count">(${escapeHtml(view.report.t('count.passages', { count: items.length }))})</span>`
  const heading = `<${level}>${swatch(theme.color)}${escapeHtml(theme.name)} ${count}</${level}>`
  const body =
    items.length === 0
      ? `<p class="empty">${escapeHtml(view.report.t('report.noPassages'))}</p>`
      : `<ol class="passage-list">${items.map((item) => renderPassage(item, theme, view)).join('')}</ol>`
  const className = theme.tag ? 'theme' : 'theme theme-unknown'
  // Ids only where each theme has one section, so links from the summary land on it.
  const id = view.options.order === 'theme' ? ` id="${themeId(theme)}"` : ''
  return `<section class="${className}"${id} data-theme="${escapeHtml(theme.name)}">${heading}${body}</section>`
}

/** Quote (with context when asked), note, the passage's other themes and where it sits. */
function renderPassage(item: PassageItem, theme: ThemeHeading | null, view: View): string {
  const { passage: p, article } = item
  const color = theme?.color ?? p.themes[0]?.color ?? UNTAGGED_COLOR
  const context = contextOf(article.document.text, p, view.options.contextChars)
  const quote =
    (context.before ? `<span class="context">${escapeHtml(context.before)}</span>` : '') +
    `<span class="exact">${escapeHtml(p.annotation.exact)}</span>` +
    (context.after ? `<span class="context">${escapeHtml(context.after)}</span>` : '')
  const parts = [
    `<li class="passage" data-annotation-id="${escapeHtml(p.id)}">`,
    `<blockquote class="quote" style="border-left-color: ${escapeHtml(safeColor(color))}">${quote}</blockquote>`
  ]
  if (view.options.notes && p.annotation.note.trim() !== '') parts.push(`<p class="note">${escapeHtml(p.annotation.note)}</p>`)
  const others = otherThemes(p, theme, view.report.t)
  if (others.length > 0) parts.push(`<p class="also">${escapeHtml(view.report.t(theme ? 'report.also' : 'report.themesOf', { themes: others.join(', ') }))}</p>`)
  if (article.document.blocks.length > 0) parts.push(`<p class="location">${location(item, view)}</p>`)
  parts.push('</li>')
  return parts.join('')
}

/** Where the passage sits, linking to its paragraph when the article's text is in the report. */
function location(item: PassageItem, view: View): string {
  const label = escapeHtml(locationLabel(item, view.several, view.report.t))
  if (!view.options.fullText) return label
  return `<a href="#${item.article.anchor}p-${item.passage.firstBlock + 1}">${label}</a>`
}
